package se.hemvag.security;

import java.lang.reflect.Field;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * What a logged-in user may ask of the engine, beyond what its authorizations grant: a process
 * moves only through its forms and Hemväg's own steps, a task takes only the fields its form
 * declares, and no one but the bootstrap account (camunda-admin) grants the privileged groups.
 * Runs before each command that comes from outside the engine; the engine's own nested steps
 * and the application's work as the system (no user) pass.
 */
class Kommandovakt extends CommandInterceptor {

    /** Ways of moving a process that skip its forms and the app's checks: for setup and emergencies only. */
    private static final List<Class<?>> BARA_DRIFTADMINISTRATOREN = List.of(
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
            RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class, CorrelateMessageCmd.class,
            CorrelateAllMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalEventReceivedCmd.class, SignalCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            HandleExternalTaskBpmnErrorCmd.class, AbstractVariableCmd.class, AbstractPatchVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class, EvaluateStartConditionCmd.class, ExternalTaskCmd.class,
            FetchExternalTasksCmd.class,
            // a process owner moves cases between versions through Processversioner, which checks the plan first
            AbstractMigrationCmd.class, SetProcessDefinitionVersionCmd.class);
    /** Free text that would stay in the engine's history, past the culling rules: notes belong in the forms. */
    private static final List<Class<?>> FRITEXT_I_MOTORN = List.of(AddCommentCmd.class, UpdateCommentCmd.class,
            CreateAttachmentCmd.class, SaveAttachmentCmd.class);

    /** The other of two who complete the same task at once. */
    static final String SLUTFORD_AV_NAGON_ANNAN = "Någon annan slutförde uppgiften samtidigt; den finns inte längre."
            + " Ladda om uppgiftslistan.";

    private final ProcessEngineConfigurationImpl motor;
    private final Formularkontroll formular;
    private final Driftsattningskontroll driftsattningar;

    Kommandovakt(ProcessEngineConfigurationImpl motor, Driftsattningskontroll driftsattningar) {
        this.motor = motor;
        this.formular = new Formularkontroll(motor);
        this.driftsattningar = driftsattningar;
    }

    @Override
    public <T> T execute(Command<T> kommando) {
        if (Context.getCommandContext() == null) {
            Authentication vem = motor.getIdentityService().getCurrentAuthentication();
            boolean anvandare = vem != null && vem.getUserId() != null && !grupper(vem).contains(Groups.CAMUNDA_ADMIN);
            if (kommando instanceof DeployCmd) {
                // whoever deploys, the app's own start included
                DeploymentBuilderImpl byggare = (DeploymentBuilderImpl) falt(kommando, "deploymentBuilder");
                driftsattningar.kontrollera(byggare.getDeployment().getResources());
                boolean aterDriftsattning = !byggare.getDeployments().isEmpty() || !byggare.getDeploymentResourcesById().isEmpty()
                        || !byggare.getDeploymentResourcesByName().isEmpty();
                if (anvandare && aterDriftsattning) {
                    throw new NekadAvMotorvakten("En tidigare driftsättning kan inte driftsättas igen härifrån; driftsätt filerna"
                            + " från Camunda Modeler, så granskas de när de kommer.");
                }
            }
            if (anvandare) {
                granska(kommando, vem);
            }
            try {
                return next.execute(kommando);
            } catch (AuthorizationException e) {
                if (anvandare && uppgiftenArBorta(kommando)) {
                    // completed by someone else a moment ago: its permissions went with it
                    throw new OptimisticLockingException(SLUTFORD_AV_NAGON_ANNAN);
                }
                throw e;
            } catch (ProcessEngineException e) {
                if (dodlage(e)) {
                    // two people on the same case at once: MariaDB picked one to roll back; nothing of it was saved
                    throw new OptimisticLockingException("Någon annan ändrade samma ärende samtidigt. Ladda om och försök igen;"
                            + " inget sparades.");
                }
                if (String.valueOf(e.getMessage()).contains("does not have a subscription to a message event")) {
                    // the case was waiting for this a moment ago, and someone else's request took it first
                    throw new MismatchingMessageCorrelationException("Ärendet väntar inte längre på det här steget; någon"
                            + " annan hann före. Ladda om ärendet; inget sparades.");
                }
                throw e;
            } catch (NullPointerException e) {
                if (anvandare && uppgiftenArBorta(kommando)) {
                    // the engine read the task just before someone else's completion committed and its execution
                    // just after: the task is done, this request's work rolls back
                    throw new OptimisticLockingException(SLUTFORD_AV_NAGON_ANNAN);
                }
                throw e;
            }
        }
        return next.execute(kommando);
    }

    private boolean uppgiftenArBorta(Command<?> kommando) {
        if (!(kommando instanceof SubmitTaskFormCmd) && !(kommando instanceof CompleteTaskCmd)) {
            return false;
        }
        String uppgift = (String) falt(kommando, "taskId");
        return Motorvakt.utanBehorighetskontroll(motor, () -> motor.getTaskService().createTaskQuery().taskId(uppgift).count() == 0);
    }

    private static boolean dodlage(Throwable fel) {
        for (Throwable orsak = fel; orsak != null; orsak = orsak.getCause()) {
            if (orsak instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private void granska(Command<?> kommando, Authentication vem) {
        if (kommando instanceof SubmitTaskFormCmd) {
            formular.kontrolleraUppgift((String) falt(kommando, "taskId"), (Map<String, Object>) falt(kommando, "properties"));
        } else if (kommando instanceof CompleteTaskCmd) {
            formular.kontrolleraUppgift((String) falt(kommando, "taskId"), (Map<String, Object>) falt(kommando, "variables"));
        } else if (kommando instanceof SubmitStartFormCmd) {
            formular.kontrolleraStart((String) falt(kommando, "processDefinitionId"), (Map<String, Object>) falt(kommando, "variables"));
        } else if (kommando instanceof StartProcessInstanceCmd || kommando instanceof StartProcessInstanceAtActivitiesCmd) {
            throw new NekadAvMotorvakten("En process startas med sitt startformulär (i Tasklist: Starta process), "
                    + "från början och utan att något steg hoppas över.");
        } else if (BARA_DRIFTADMINISTRATOREN.stream().anyMatch(typ -> typ.isInstance(kommando))) {
            throw new NekadAvMotorvakten("Ärenden och uppgifter går bara vidare genom sina formulär och Hemvägs egna steg. "
                    + "Att flytta, starta om, signalera eller ändra variabler direkt får bara driftadministratören.");
        } else if (kommando instanceof AbstractAddIdentityLinkCmd || kommando instanceof DeleteGroupIdentityLinkCmd
                || kommando instanceof DeleteUserIdentityLinkCmd) {
            String typ = (String) falt(kommando, "type");
            if (!IdentityLinkType.ASSIGNEE.equals(typ) && !IdentityLinkType.OWNER.equals(typ)) {
                throw new NekadAvMotorvakten("Vilken sektion en uppgift hör till bestämmer processen. Tilldela uppgiften "
                        + "till en handläggare i sektionen i stället.");
            }
            if (kommando instanceof AbstractAddIdentityLinkCmd) {
                iSektionen((String) falt(kommando, "taskId"), (String) falt(kommando, "userId"));
            }
        } else if (kommando instanceof ClaimTaskCmd) {
            String anvandare = (String) falt(kommando, "userId");
            if (!vem.getUserId().equals(anvandare)) {
                iSektionen((String) falt(kommando, "taskId"), anvandare);
            }
        } else if (kommando instanceof DelegateTaskCmd) {
            iSektionen((String) falt(kommando, "taskId"), (String) falt(kommando, "userId"));
        } else if (kommando instanceof SaveTaskCmd) {
            oforandradUppgift((TaskEntity) falt(kommando, "task"));
        } else if (FRITEXT_I_MOTORN.stream().anyMatch(typ -> typ.isInstance(kommando))) {
            throw new NekadAvMotorvakten("Kommentarer och bilagor sparas inte i Hemväg: de skulle ligga kvar i motorns historik"
                    + " utanför gallringen. Skriv anteckningen i uppgiftens formulär.");
        } else if (kommando instanceof DeleteDeploymentCmd && (boolean) falt(kommando, "cascade")) {
            throw new NekadAvMotorvakten("En driftsättning med pågående ärenden kan inte tas bort tillsammans med ärendena. "
                    + "Flytta ärendena till en ny version i stället.");
        } else {
            granskaIdentitet(kommando, vem);
        }
    }

    /** A task is handed only to someone in one of the sections it is routed to (or to no one). */
    private void iSektionen(String uppgiftId, String anvandare) {
        if (anvandare == null || uppgiftId == null) {
            return;
        }
        Set<String> kandidater = new TreeSet<>();
        Motorvakt.utanBehorighetskontroll(motor, () -> motor.getTaskService().getIdentityLinksForTask(uppgiftId)).stream()
                .filter(lank -> IdentityLinkType.CANDIDATE.equals(lank.getType()))
                .forEach(lank -> kandidater.add(lank.getGroupId() != null ? lank.getGroupId() : "användare:" + lank.getUserId()));
        // the caller may not see other users; the check may
        boolean iSektionen = kandidater.contains("användare:" + anvandare)
                || kandidater.stream().anyMatch(grupp -> arMedlem(anvandare, grupp));
        if (!iSektionen) {
            throw new NekadAvMotorvakten("Uppgiften kan bara lämnas till någon i sektionen den hör till (" + String.join(", ",
                    kandidater) + ").");
        }
    }

    /** Tasklist saves a task's dates this way; its name and description are the process's, and its holder stays in the section. */
    private void oforandradUppgift(TaskEntity andrad) {
        TaskEntity sparad = andrad.getId() == null ? null : Motorvakt.utanBehorighetskontroll(motor,
                () -> (TaskEntity) motor.getTaskService().createTaskQuery().taskId(andrad.getId()).singleResult());
        if (sparad == null) {
            throw new NekadAvMotorvakten("Uppgifter skapas bara av processerna.");
        }
        if (!Objects.equals(sparad.getName(), andrad.getName()) || !Objects.equals(sparad.getDescription(), andrad.getDescription())) {
            throw new NekadAvMotorvakten("En uppgifts namn och beskrivning kommer från processen och kan inte ändras.");
        }
        if (!Objects.equals(sparad.getAssignee(), andrad.getAssignee())) {
            iSektionen(andrad.getId(), andrad.getAssignee());
        }
        if (!Objects.equals(sparad.getOwner(), andrad.getOwner())) {
            iSektionen(andrad.getId(), andrad.getOwner());
        }
    }

    /** Users and groups: administratorer run the directory, but the privileged groups are the bootstrap account's. */
    private void granskaIdentitet(Command<?> kommando, Authentication vem) {
        if (kommando instanceof CreateMembershipCmd || kommando instanceof DeleteMembershipCmd) {
            String grupp = (String) falt(kommando, "groupId");
            String anvandare = (String) falt(kommando, "userId");
            skyddadGrupp(grupp, "medlemmar");
            if (vem.getUserId().equals(anvandare)) {
                throw new NekadAvMotorvakten("Ingen ändrar sina egna gruppmedlemskap; be en annan administratör.");
            }
            if (kommando instanceof CreateMembershipCmd && blandarAdministrationOchHandlaggning(anvandare, grupp)) {
                throw new NekadAvMotorvakten("En administratör är inte handläggare och en handläggare inte administratör: "
                        + "den som administrerar användare får inte se ärendena.");
            }
            Sektion sektion = Sektion.medGruppId(grupp).orElse(null);
            if (sektion != null && !grupper(vem).contains(sektion.ledningsgruppId())) {
                throw new NekadAvMotorvakten("Vem som arbetar i " + sektion.namn() + " bestämmer sektionens ledning (gruppledare "
                        + "eller biträdande enhetschef) i Camunda Admin. Administratören skapar kontot, men ger det inte ärenden.");
            }
        } else if (kommando instanceof SaveGroupCmd || kommando instanceof DeleteGroupCmd) {
            String grupp = kommando instanceof SaveGroupCmd ? ((Group) falt(kommando, "group")).getId()
                    : (String) falt(kommando, "groupId");
            if (grupp != null && processensGrupper().contains(grupp)
                    && motor.getIdentityService().createGroupQuery().groupId(grupp).count() > 0) {
                throw new NekadAvMotorvakten("Gruppen " + grupp + " är en sektion eller en roll som processen och "
                        + "behörigheterna bygger på; den ändras eller tas bort bara av driftadministratören.");
            }
        } else if (kommando instanceof SaveUserCmd) {
            User anvandare = (User) falt(kommando, "user");
            if (InloggadAnvandare.SYSTEM.equalsIgnoreCase(String.valueOf(anvandare.getId()))) {
                throw new NekadAvMotorvakten("Användarnamnet " + InloggadAnvandare.SYSTEM + " är Hemvägs eget och kan inte ges till någon.");
            }
            boolean nyttLosenord = anvandare instanceof UserEntity entitet && entitet.hasNewPassword();
            boolean finns = anvandare.getId() != null
                    && motor.getIdentityService().createUserQuery().userId(anvandare.getId()).count() > 0;
            if (nyttLosenord && finns && !anvandare.getId().equals(vem.getUserId())) {
                throw new NekadAvMotorvakten("Bara användaren själv byter sitt lösenord (Min profil, med det nuvarande "
                        + "lösenordet). Ett glömt lösenord återställer driftadministratören.");
            }
        } else if (kommando instanceof DeleteUserCmd) {
            // a user id in the access log must always mean the same person: a leaver loses their memberships, not their account
            throw new NekadAvMotorvakten("Användarkonton tas inte bort, så att ett namn i åtkomstloggen alltid är samma person. "
                    + "Ta bort användarens gruppmedlemskap i stället; kontot tas bort av driftadministratören.");
        }
    }

    private static void skyddadGrupp(String grupp, String vad) {
        if (grupp != null && skyddadeGrupper().contains(grupp)) {
            throw new NekadAvMotorvakten("Gruppen " + grupp + " ger behörighet utöver handläggning; dess " + vad
                    + " ändras bara av driftadministratören, på enhetschefens beslut.");
        }
    }

    /** Groups that open client data beyond one's section, the engine itself or the process models. */
    static Set<String> skyddadeGrupper() {
        Set<String> grupper = new TreeSet<>(Set.of(Groups.CAMUNDA_ADMIN, Grupper.LEDNING, Grupper.PROCESSAGARE,
                Grupper.UTREDNINGSSEKRETERARE));
        for (Sektion sektion : Sektion.values()) {
            grupper.add(sektion.ledningsgruppId());
        }
        return grupper;
    }

    private boolean blandarAdministrationOchHandlaggning(String anvandare, String grupp) {
        Set<String> handlaggning = new TreeSet<>();
        for (Sektion sektion : Sektion.values()) {
            handlaggning.add(sektion.gruppId());
            handlaggning.add(sektion.ledningsgruppId());
        }
        if (handlaggning.contains(grupp)) {
            return arMedlem(anvandare, Grupper.ADMINISTRATORER);
        }
        return Grupper.ADMINISTRATORER.equals(grupp) && handlaggning.stream().anyMatch(sektion -> arMedlem(anvandare, sektion));
    }

    /** Membership as it is, whether or not the caller may see that user. */
    private boolean arMedlem(String anvandare, String grupp) {
        return Motorvakt.utanBehorighetskontroll(motor,
                () -> motor.getIdentityService().createUserQuery().userId(anvandare).memberOfGroup(grupp).count() > 0);
    }

    /** The sections tasks are routed to and the roles the authorizations are seeded for. */
    static Set<String> processensGrupper() {
        Set<String> grupper = new TreeSet<>(skyddadeGrupper());
        grupper.add(Grupper.ADMINISTRATORER);
        for (Sektion sektion : Sektion.values()) {
            grupper.add(sektion.gruppId());
        }
        return grupper;
    }

    private static List<String> grupper(Authentication vem) {
        return vem.getGroupIds() == null ? List.of() : vem.getGroupIds();
    }

    /** A command's argument; Camunda keeps them in protected fields, stable within a minor version. */
    static Object falt(Object kommando, String namn) {
        for (Class<?> typ = kommando.getClass(); typ != null; typ = typ.getSuperclass()) {
            try {
                Field falt = typ.getDeclaredField(namn);
                falt.setAccessible(true);
                return falt.get(kommando);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(kommando.getClass().getName() + " har inget fält " + namn + " i den här Camunda-versionen");
    }
}
