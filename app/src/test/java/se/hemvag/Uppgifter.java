package se.hemvag;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import org.camunda.bpm.engine.task.Task;

/** Looks up the user task of a process instance with its Camunda Form reference. */
public final class Uppgifter {

    private Uppgifter() {
    }

    public static Task medFormular(String processInstanceId) {
        return taskService().createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys().singleResult();
    }

    public static String formular(Task uppgift) {
        return uppgift.getCamundaFormRef() == null ? null : uppgift.getCamundaFormRef().getKey();
    }
}
