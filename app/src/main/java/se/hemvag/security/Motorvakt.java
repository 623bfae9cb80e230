package se.hemvag.security;

import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.util.StringUtils;
import org.springframework.stereotype.Component;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * Puts {@link Kommandovakt} in front of every command the engine runs, whichever door it came
 * through: the engine's REST API, the webapps' API or Java. Engine authorizations say which
 * resources a user may touch; the guard says which ways of touching them Hemväg allows at all.
 * Expressions in the process models see only the beans offered to them ({@link #MODELLERNAS_TJANSTER}
 * and the modules' delegates and listeners), never the rest of the application.
 */
@Component
class Motorvakt implements ProcessEnginePlugin {

    /**
     * The services the models' timers and conditions ask besides the delegates, by bean name. A new
     * one is added here, on purpose: whatever a model can reach, a process owner's deployment can.
     */
    static final Set<String> MODELLERNAS_TJANSTER = Set.of("arendeInstallningar", "fangelsevistelse", "kontaktbevakning",
            "sipar", "forsokslagenheter", "lagenhetsinfo", "hyranForstSchema", "tidsfrister", "stickprovUrval", "stickprovSchema");
    /** The spot checks' process: the only one whose tasks may go to the utredningssekreterare. */
    static final String STICKPROVETS_PROCESS = "StickprovProcess";

    private final ApplicationContext spring;
    private Set<String> tillatnaBonor;
    private List<Class<?>> tillatnaTyper;

    Motorvakt(ApplicationContext spring) {
        this.spring = spring;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl motor) {
        Set<String> kandidatgrupper = new TreeSet<>(Set.of("${ansvarigSektion}", "${medhandlaggandeSektion}"));
        Arrays.stream(Sektion.values()).map(Sektion::gruppId).forEach(kandidatgrupper::add);
        // the spot checks' reviews are the utredningssekreterare's, in StickprovProcess only
        Driftsattningskontroll driftsattningar = new Driftsattningskontroll(spring::containsBean,
                namn -> tillatnaBonor().contains(namn), kandidatgrupper,
                Map.of(Grupper.UTREDNINGSSEKRETERARE, STICKPROVETS_PROCESS));
        // one guard per interceptor chain: an interceptor holds the next link of its own chain
        if (motor.getCustomPreCommandInterceptorsTxRequired() == null) {
            motor.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        motor.getCustomPreCommandInterceptorsTxRequired().add(new Kommandovakt(motor, driftsattningar));
        if (motor.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            motor.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        motor.getCustomPreCommandInterceptorsTxRequiresNew().add(new Kommandovakt(motor, driftsattningar));

        ModellernasBonor bonor = new ModellernasBonor();
        motor.setBeans(bonor);
        motor.setExpressionManager(new ModellernasUttryck(bonor));
    }

    /** The delegates and listeners of Hemväg's modules and the services named above; read from the bean definitions once. */
    synchronized Set<String> tillatnaBonor() {
        if (tillatnaBonor == null) {
            Set<String> namn = new TreeSet<>(MODELLERNAS_TJANSTER);
            for (Class<?> typ : new Class<?>[] {JavaDelegate.class, ExecutionListener.class, TaskListener.class}) {
                namn.addAll(Arrays.stream(spring.getBeanNamesForType(typ, true, false))
                        .filter(bona -> {
                            Class<?> klass = spring.getType(bona, false);
                            return klass != null && klass.getName().startsWith("se.hemvag.");
                        }).collect(Collectors.toSet()));
            }
            tillatnaBonor = namn;
        }
        return tillatnaBonor;
    }

    /** The engine's view of the beans: only the allowed ones, fetched when an expression asks. */
    private final class ModellernasBonor extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object namn) {
            return namn instanceof String bona && tillatnaBonor().contains(bona);
        }

        @Override
        public Object get(Object namn) {
            return containsKey(namn) ? spring.getBean((String) namn) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return tillatnaBonor().stream().map(namn -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(namn,
                    spring.getBean(namn))).collect(Collectors.toSet());
        }
    }

    /**
     * The engine's expression language as the models get it: variables and the offered beans, and
     * methods called on those beans only. Whatever the deployment check might miss, an expression
     * cannot call a method on a value, reach a class or assign anything.
     */
    private final class ModellernasUttryck extends SpringExpressionManager {

        ModellernasUttryck(ModellernasBonor bonor) {
            super(spring, bonor);
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver uttryck = new CompositeELResolver();
            uttryck.add(new VariableScopeElResolver());
            uttryck.add(new VariableContextElResolver());
            uttryck.add(new ReadOnlyMapELResolver(beans));
            uttryck.add(new ArrayELResolver(true));
            uttryck.add(new ListELResolver(true));
            uttryck.add(new MapELResolver(true));
            uttryck.add(new BeanELResolver(true) {
                @Override
                public Object invoke(ELContext kontext, Object bas, Object metod, Class<?>[] typer, Object[] argument) {
                    if (bas == null || !arTillatenBona(bas) || !hemvagsEgen(bas, String.valueOf(metod))) {
                        throw new ELException("Uttrycket anropar " + metod + " på något annat än Hemvägs delegater.");
                    }
                    return super.invoke(kontext, bas, metod, typer, argument);
                }

                @Override
                public Object getValue(ELContext kontext, Object bas, Object egenskap) {
                    // a property is a getter call: the execution's case number, and the offered beans' own getters
                    boolean arendenummer = bas instanceof DelegateExecution && "processBusinessKey".equals(egenskap);
                    String namn = StringUtils.capitalize(String.valueOf(egenskap));
                    boolean egenGetter = arTillatenBona(bas) && (hemvagsEgen(bas, "get" + namn) || hemvagsEgen(bas, "is" + namn));
                    if (bas != null && !arendenummer && !egenGetter) {
                        throw new ELException("Uttrycket läser " + egenskap + " på något annat än processvariabler och"
                                + " Hemvägs delegater.");
                    }
                    return super.getValue(kontext, bas, egenskap);
                }
            });
            return uttryck;
        }
    }

    /** A method the bean's own class declares, not one of its proxy's (Advised, CGLIB's Factory) or Object's. */
    private static boolean hemvagsEgen(Object bona, String metod) {
        for (Method egen : AopUtils.getTargetClass(bona).getMethods()) {
            if (egen.getName().equals(metod) && egen.getDeclaringClass().getName().startsWith("se.hemvag.")) {
                return true;
            }
        }
        return false;
    }

    /** By type, so checking never creates a bean (a timer's expression is evaluated while the app starts). */
    private boolean arTillatenBona(Object bas) {
        return bas != null && tillatnaTyper().stream().anyMatch(typ -> typ.isInstance(bas));
    }

    /** The offered beans' types, read once every one of them is known (expressions are evaluated often). */
    private synchronized List<Class<?>> tillatnaTyper() {
        if (tillatnaTyper != null) {
            return tillatnaTyper;
        }
        List<Class<?>> typer = tillatnaBonor().stream().<Class<?>>map(namn -> spring.getType(namn, false))
                .filter(Objects::nonNull).toList();
        if (typer.size() == tillatnaBonor().size()) {
            tillatnaTyper = typer;
        }
        return typer;
    }

    /** Engine work the guard does for itself (what a task's form is, who is in a section), whoever is logged in. */
    static <T> T utanBehorighetskontroll(ProcessEngineConfigurationImpl motor, Callable<T> anrop) {
        return motor.getCommandExecutorTxRequired().execute(kontext -> kontext.runWithoutAuthorization(anrop));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl motor) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine motor) {
    }
}
