package se.hemvag.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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
            SetVariablesToProcessInstancesBatchCmd.class);

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
            if (kommando instanceof DeployCmd) {
                // whoever deploys, the app's own start included
                driftsattningar.kontrollera(((DeploymentBuilderImpl) falt(kommando, "deploymentBuilder")).getDeployment().getResources());
            }
            Authentication vem = motor.getIdentityService().getCurrentAuthentication();
            if (vem != null && vem.getUserId() != null && !grupper(vem).contains(Groups.CAMUNDA_ADMIN)) {
                granska(kommando, vem);
            }
        }
        return next.execute(kommando);
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
        } else if (kommando instanceof DeleteDeploymentCmd && (boolean) falt(kommando, "cascade")) {
            throw new NekadAvMotorvakten("En driftsättning med pågående ärenden kan inte tas bort tillsammans med ärendena. "
                    + "Flytta ärendena till en ny version i stället.");
        } else {
            granskaIdentitet(kommando, vem);
        }
    }

    /** Users and groups: administratorer run the directory, but the privileged groups are the bootstrap account's. */
    private void granskaIdentitet(Command<?> kommando, Authentication vem) {
        if (kommando instanceof CreateMembershipCmd || kommando instanceof DeleteMembershipCmd) {
            skyddadGrupp((String) falt(kommando, "groupId"), "medlemmar");
        } else if (kommando instanceof SaveGroupCmd || kommando instanceof DeleteGroupCmd) {
            String grupp = kommando instanceof SaveGroupCmd ? ((Group) falt(kommando, "group")).getId()
                    : (String) falt(kommando, "groupId");
            skyddadGrupp(grupp, "uppgifter");
            if (grupp != null && processensGrupper().contains(grupp)
                    && motor.getIdentityService().createGroupQuery().groupId(grupp).count() > 0) {
                throw new NekadAvMotorvakten("Gruppen " + grupp + " är en sektion eller en roll som processen och "
                        + "behörigheterna bygger på; den ändras eller tas bort bara av driftadministratören.");
            }
        } else if (kommando instanceof SaveUserCmd) {
            User anvandare = (User) falt(kommando, "user");
            boolean nyttLosenord = anvandare instanceof UserEntity entitet && entitet.getPassword() != null;
            boolean finns = anvandare.getId() != null
                    && motor.getIdentityService().createUserQuery().userId(anvandare.getId()).count() > 0;
            if (nyttLosenord && finns && !anvandare.getId().equals(vem.getUserId())) {
                throw new NekadAvMotorvakten("Bara användaren själv byter sitt lösenord (Min profil, med det nuvarande "
                        + "lösenordet). Ett glömt lösenord återställer driftadministratören.");
            }
        } else if (kommando instanceof DeleteUserCmd) {
            String anvandare = (String) falt(kommando, "userId");
            for (String grupp : skyddadeGrupper()) {
                if (motor.getIdentityService().createUserQuery().userId(anvandare).memberOfGroup(grupp).count() > 0) {
                    skyddadGrupp(grupp, "medlemmar");
                }
            }
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
        Set<String> grupper = new TreeSet<>(Set.of(Groups.CAMUNDA_ADMIN, Grupper.LEDNING, Grupper.PROCESSAGARE));
        for (Sektion sektion : Sektion.values()) {
            grupper.add(sektion.ledningsgruppId());
        }
        return grupper;
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
