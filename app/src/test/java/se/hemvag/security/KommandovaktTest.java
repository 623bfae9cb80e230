package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.sektion.Sektion;

/**
 * The moment two caseworkers submit the same task: the later one's engine command can read the task
 * before the first commits and its execution after, and then fails inside the engine with a
 * NullPointerException (seen on MariaDB in CI). That is the other's completion, not a bad request.
 */
@HemvagSpringTest
class KommandovaktTest {

    @Autowired ProcessEngineConfigurationImpl motor;
    @Autowired Arendeforlopp forlopp;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    @AfterEach
    void utloggad() {
        identityService.clearAuthentication();
    }

    /** The guard in front of an engine whose command fails the way the race makes it fail, after running {@code forst}. */
    private Kommandovakt vaktFramfor(Runnable forst) {
        Kommandovakt vakt = new Kommandovakt(motor, new Driftsattningskontroll(bona -> true, bona -> true, Set.of()));
        vakt.setNext(new CommandExecutor() {
            @Override
            public <T> T execute(Command<T> kommando) {
                forst.run();
                throw new NullPointerException("Cannot invoke \"ExecutionEntity.removeTask(TaskEntity)\" because \"execution\" is null");
            }
        });
        identityService.setAuthentication("handlaggare-vuxen", List.of(Sektion.VUXEN.gruppId()));
        return vakt;
    }

    @Test
    void denSomKomSistFarVetaAttNagonAnnanSlutfordeUppgiften() {
        String uppgift = forlopp.uppgift(forlopp.underUtredning("behovMissbruk")).getId();
        // the other caseworker's completion commits while this command runs (on its own thread: no user, no guard)
        Kommandovakt vakt = vaktFramfor(() -> CompletableFuture.runAsync(() -> taskService.complete(uppgift, Map.of("beslut", "AVSLAG",
                "beslutsdatum", "2026-11-02", "beslutMotivering", "Inget behov"))).join());

        assertThatThrownBy(() -> vakt.execute(new SubmitTaskFormCmd(uppgift, Map.of(), false, false)))
                .isInstanceOf(OptimisticLockingException.class).hasMessageContaining("Någon annan slutförde uppgiften samtidigt");
    }

    @Test
    void ettFelMedanUppgiftenFinnsKvarArEttFel() {
        String uppgift = forlopp.uppgift(forlopp.underUtredning("behovMissbruk")).getId();
        Kommandovakt vakt = vaktFramfor(() -> { });

        assertThatThrownBy(() -> vakt.execute(new SubmitTaskFormCmd(uppgift, Map.of(), false, false)))
                .isInstanceOf(NullPointerException.class);
        assertThat(taskService.createTaskQuery().taskId(uppgift).count()).isOne();
    }
}
