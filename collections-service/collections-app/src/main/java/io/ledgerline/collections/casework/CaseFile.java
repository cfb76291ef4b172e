package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.ActivityLogged;
import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.TaskCompleted;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.api.v1.TaskReassigned;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.casework.CaseworkCommand.CompleteTask;
import io.ledgerline.collections.casework.CaseworkCommand.CreateTask;
import io.ledgerline.collections.casework.CaseworkCommand.EscalateCase;
import io.ledgerline.collections.casework.CaseworkCommand.FollowSteps;
import io.ledgerline.collections.casework.CaseworkCommand.LogActivity;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignCase;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignTask;
import io.ledgerline.collections.casework.CaseworkCommand.RequestRestriction;
import io.ledgerline.collections.casework.CaseworkCommand.ReviewDowngrade;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of one customer's cases and tasks, free of Axon so that a replay can run them alone: each command's method
 * returns the events it records and evolves the file by them as it goes. {@link Casework} is the aggregate around it.
 */
public final class CaseFile {

    public static final String SALES = "SALES";
    public static final String FINANCE = "FINANCE";
    public static final String LEGAL = "LEGAL";
    public static final String OPEN = "OPEN";
    public static final String SERVICE = "collections-service";
    /** The step a grade review names. */
    public static final String DOWNGRADE_STEP = "grade-downgrade";
    private static final List<String> LEVELS = List.of(SALES, FINANCE, LEGAL);

    private record Task(String owner, String status, String caseId, String kind, String invoiceId, boolean manual) {
    }

    private record Current(String caseId, String owner, String level, LocalDate openedOn, boolean restricted) {
    }

    private final String customerId;
    private int casesOpened;
    private Current current;
    private final Set<String> cases = new HashSet<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();

    public CaseFile(String customerId) {
        this.customerId = customerId;
    }

    public CaseFile copy() {
        CaseFile copy = new CaseFile(customerId);
        copy.casesOpened = casesOpened;
        copy.current = current;
        copy.cases.addAll(cases);
        copy.tasks.putAll(tasks);
        return copy;
    }

    public boolean caseOpen() {
        return current != null;
    }

    /** Whether, with no case open, a reminder is open for an invoice not among {@code openInvoices}. */
    public boolean settledReminder(Set<String> openInvoices) {
        return current == null && tasks.values().stream().anyMatch(t -> OPEN.equals(t.status()) && t.caseId() == null
                && !openInvoices.contains(t.invoiceId()));
    }

    /** The n-th case of the customer, named so that a replay of the same log names it the same. */
    public static String caseId(String customerId, int number) {
        return UUID.nameUUIDFromBytes(("case/" + customerId + "/" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The task an item's step gives, named after both. */
    public static String taskId(String customerId, String invoiceId, String stepId) {
        return UUID.nameUUIDFromBytes(("task/" + customerId + "/" + invoiceId + "/" + stepId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Whether an item of these is overdue on {@code day} with at least its currency's minimum balance undisputed: a
     * residual the policy does not dun keeps no case open.
     */
    public static boolean overdueLeft(List<OpenItem> items, LocalDate day, LadderPolicy policy) {
        return items.stream().anyMatch(i -> i.dueDate().isBefore(day) && i.dunnable().signum() > 0
                && i.dunnable().compareTo(policy.minimum(i.currency())) >= 0);
    }

    /**
     * Whether following these steps records anything: a step that opens a case or makes a task, a case to close, or a
     * reminder made before any case whose invoice has nothing open left ({@code settledReminder}).
     */
    public static boolean matters(List<DunningStepReached> steps, boolean caseOpen, boolean overdueLeft, boolean settledReminder) {
        return (caseOpen && !overdueLeft) || settledReminder || steps.stream().anyMatch(s -> opensCase(s) || taskKind(s.action()) != null);
    }

    private static boolean opensCase(DunningStepReached step) {
        return step.dayOffset() > 0 || !SALES.equals(step.owner());
    }

    /** The task a step's action gives, or null. */
    static String taskKind(String action) {
        return switch (action) {
            case DunningStepReached.REMINDER_TASK_SALES -> TaskCreated.REMINDER;
            case DunningStepReached.PHONE_TASK_SALES -> TaskCreated.CALL;
            case DunningStepReached.ESCALATE_FINANCE -> TaskCreated.REVIEW;
            case DunningStepReached.ESCALATE_LEGAL -> TaskCreated.LEGAL_REVIEW;
            default -> null;
        };
    }

    /**
     * Steps in the order reached: the first step after a due date (or owned above SALES) opens a case for the sales owner
     * when none is open; reminder and phone steps make tasks for the sales owner; the finance and legal steps pass the case
     * up to that level (never down) and make a review for its owner. A step whose task belongs below the case's level
     * makes none: the case passed that level. With no case open, a reminder whose invoice has nothing open left is
     * cancelled. Nothing overdue left closes the case and cancels its
     * open tasks.
     */
    public List<CollectionsEvent> follow(FollowSteps command) {
        List<CollectionsEvent> recorded = new ArrayList<>();
        String customer = command.customerId();
        CaseOwners owners = command.owners();
        for (DunningStepReached step : command.steps()) {
            if (current == null && opensCase(step)) {
                record(recorded, new CaseOpened(customer, caseId(customer, casesOpened + 1), casesOpened + 1, command.on(),
                        owners.sales(), SALES, step.invoiceId(), step.stepId()));
            }
            String kind = taskKind(step.action());
            String owner = switch (step.action()) {
                case DunningStepReached.ESCALATE_FINANCE -> owners.finance();
                case DunningStepReached.ESCALATE_LEGAL -> owners.legal();
                default -> owners.sales();
            };
            if (DunningStepReached.ESCALATE_FINANCE.equals(step.action())) {
                escalate(recorded, customer, step, FINANCE, owner, command);
            } else if (DunningStepReached.ESCALATE_LEGAL.equals(step.action())) {
                escalate(recorded, customer, step, LEGAL, owner, command);
            }
            if (kind != null && !belowCase(kind)) {
                record(recorded, new TaskCreated(customer, current == null ? null : current.caseId(),
                        taskId(customer, step.invoiceId(), step.stepId()), kind, owner, step.dueDate().plusDays(step.dayOffset()),
                        command.on(), step.invoiceId(), step.invoiceNumber(), step.stepId()));
            }
        }
        if (current == null) {
            for (Map.Entry<String, Task> task : List.copyOf(tasks.entrySet())) {
                Task t = task.getValue();
                if (OPEN.equals(t.status()) && t.caseId() == null && !command.openInvoices().contains(t.invoiceId())) {
                    record(recorded, new TaskCompleted(customer, task.getKey(), TaskCompleted.CANCELLED, "the invoice has nothing open "
                            + "left: settled before any case", command.on(), SERVICE));
                }
            }
        }
        // a run as of an earlier day (one may be asked for) never closes a case that opened after it
        if (current != null && !command.overdueLeft() && !command.on().isBefore(current.openedOn())) {
            String closing = current.caseId();
            for (Map.Entry<String, Task> task : List.copyOf(tasks.entrySet())) {
                if (OPEN.equals(task.getValue().status()) && closing.equals(task.getValue().caseId())) {
                    record(recorded, new TaskCompleted(customer, task.getKey(), TaskCompleted.CANCELLED, "case closed", command.on(),
                            SERVICE));
                }
            }
            record(recorded, new CaseClosed(customer, closing, command.on(), "no overdue item left that is not disputed"));
        }
        return recorded;
    }

    /** Whether a task of {@code kind} belongs to a level below the open case's: superseded, it is not made. */
    private boolean belowCase(String kind) {
        if (current == null) {
            return false;
        }
        String level = switch (kind) {
            case TaskCreated.REVIEW -> FINANCE;
            case TaskCreated.LEGAL_REVIEW -> LEGAL;
            default -> SALES;
        };
        return LEVELS.indexOf(level) < LEVELS.indexOf(current.level());
    }

    private void escalate(List<CollectionsEvent> recorded, String customer, DunningStepReached step, String level, String owner,
                          FollowSteps command) {
        if (LEVELS.indexOf(current.level()) < LEVELS.indexOf(level)) {
            passUp(recorded, level, owner, command.on(), "invoice " + step.invoiceNumber() + " reached step " + step.stepId() + " ("
                    + step.action() + ")", step.stepId());
        }
    }

    /**
     * The open case passes up to {@code level} and {@code owner}; the open tasks the ladder made for the levels below it
     * (reminders and calls below FINANCE, reviews too below LEGAL) are cancelled, superseded by the escalation; a
     * collector's own tasks stay.
     */
    private void passUp(List<CollectionsEvent> recorded, String level, String owner, LocalDate on, String reason, String stepId) {
        String caseId = current.caseId();
        record(recorded, new CaseReassigned(customerId, caseId, current.owner(), owner, level, on, SERVICE, reason, stepId));
        Set<String> superseded = LEGAL.equals(level) ? Set.of(TaskCreated.REMINDER, TaskCreated.CALL, TaskCreated.REVIEW)
                : Set.of(TaskCreated.REMINDER, TaskCreated.CALL);
        for (Map.Entry<String, Task> task : List.copyOf(tasks.entrySet())) {
            Task t = task.getValue();
            if (OPEN.equals(t.status()) && caseId.equals(t.caseId()) && !t.manual() && superseded.contains(t.kind())) {
                record(recorded, new TaskCompleted(customerId, task.getKey(), TaskCompleted.CANCELLED, "superseded: the case went to "
                        + level, on, SERVICE));
            }
        }
    }

    /**
     * A broken promise passes the open case one level up (SALES to FINANCE to LEGAL) with a review for the new owner; at
     * LEGAL it also requests a trading restriction, as the ladder's legal step does. No open case, or one at LEGAL
     * already: nothing.
     */
    public List<CollectionsEvent> escalate(EscalateCase command) {
        List<CollectionsEvent> recorded = new ArrayList<>();
        int at = current == null ? -1 : LEVELS.indexOf(current.level());
        if (at < 0 || at == LEVELS.size() - 1) {
            return recorded;
        }
        String level = LEVELS.get(at + 1);
        String owner = FINANCE.equals(level) ? command.owners().finance() : command.owners().legal();
        String caseId = current.caseId();
        passUp(recorded, level, owner, command.on(), command.reason(), null);
        record(recorded, new TaskCreated(customerId, caseId, taskId(customerId, command.invoiceId(), command.sourceId()),
                FINANCE.equals(level) ? TaskCreated.REVIEW : TaskCreated.LEGAL_REVIEW, owner, command.on(), command.on(),
                command.invoiceId(), command.invoiceNumber(), command.sourceId()));
        if (LEGAL.equals(level)) {
            record(recorded, new TradingRestrictionRequested(customerId, requestId(customerId, command.sourceId()), caseId,
                    command.on(), SERVICE, TradingRestrictionRequested.LEGAL, command.reason() + "; legal action is proposed",
                    command.overdue()));
        }
        return recorded;
    }

    /** The open case's owner reviews a downgrade, once per downgrade (a task named after it); no case open: nothing. */
    public List<CollectionsEvent> reviewDowngrade(ReviewDowngrade command) {
        List<CollectionsEvent> recorded = new ArrayList<>();
        String taskId = taskId(customerId, command.assessmentId(), DOWNGRADE_STEP);
        if (current != null && !tasks.containsKey(taskId)) {
            record(recorded, new TaskCreated(customerId, current.caseId(), taskId, TaskCreated.GRADE_REVIEW, current.owner(), command.on(),
                    command.on(), null, null, DOWNGRADE_STEP));
        }
        return recorded;
    }

    /** A collector's task goes on the open case only. */
    public List<CollectionsEvent> createTask(CreateTask command) {
        if (current == null || !current.caseId().equals(command.caseId())) {
            throw new CaseworkRefused("case-closed", "case " + command.caseId() + " is closed: tasks are made on the open case", null);
        }
        return record(new ArrayList<>(), new TaskCreated(customerId, command.caseId(), command.taskId(), command.kind(), command.owner(),
                command.dueDate(), command.on(), null, null, TaskCreated.MANUAL, command.note()));
    }

    /** A collector asks credit-service to restrict trading: once per case, only on the open case. */
    public List<CollectionsEvent> requestRestriction(RequestRestriction command) {
        if (current == null || !current.caseId().equals(command.caseId())) {
            throw new CaseworkRefused("case-closed", "case " + command.caseId() + " is closed: only the open case can ask for a "
                    + "trading restriction", null);
        }
        if (current.restricted()) {
            throw new CaseworkRefused("restriction-requested", "a trading restriction was already requested on case "
                    + command.caseId(), null);
        }
        return record(new ArrayList<>(), new TradingRestrictionRequested(customerId, command.requestId(), command.caseId(),
                command.on(), command.by(), TradingRestrictionRequested.MANUAL, command.reason(), command.overdue()));
    }

    /** A request named after what caused it, so that a replay names it the same. */
    static String requestId(String customerId, String sourceId) {
        return UUID.nameUUIDFromBytes(("restriction/" + customerId + "/" + sourceId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Only the open case passes, to an owner it does not have, at the level it has. */
    public List<CollectionsEvent> reassign(ReassignCase command) {
        if (current == null || !current.caseId().equals(command.caseId())) {
            throw new CaseworkRefused("case-closed", "case " + command.caseId() + " is closed: only the open case can be reassigned", null);
        }
        if (current.owner().equals(command.owner())) {
            throw new CaseworkRefused("same-owner", "case " + command.caseId() + " is already owned by " + command.owner(), "owner");
        }
        return record(new ArrayList<>(), new CaseReassigned(customerId, current.caseId(), current.owner(), command.owner(),
                current.level(), command.on(), command.by(), command.reason(), null));
    }

    /** Only an open task passes, to an owner it does not have. */
    public List<CollectionsEvent> reassign(ReassignTask command) {
        Task task = openTask(command.taskId());
        if (task.owner().equals(command.owner())) {
            throw new CaseworkRefused("same-owner", "task " + command.taskId() + " is already owned by " + command.owner(), "owner");
        }
        return record(new ArrayList<>(), new TaskReassigned(customerId, command.taskId(), task.owner(), command.owner(),
                command.on(), command.by(), command.reason()));
    }

    /** Only an open task is completed, once. */
    public List<CollectionsEvent> complete(CompleteTask command) {
        openTask(command.taskId());
        return record(new ArrayList<>(), new TaskCompleted(customerId, command.taskId(), TaskCompleted.DONE,
                command.outcome(), command.on(), command.by()));
    }

    /** An activity goes on any case of the customer, open or closed. */
    public List<CollectionsEvent> log(LogActivity command) {
        if (!cases.contains(command.caseId())) {
            throw new CaseworkRefused("case-not-found", "the customer has no case " + command.caseId(), "caseId");
        }
        return record(new ArrayList<>(), new ActivityLogged(customerId, command.caseId(), command.activityId(),
                command.type(), command.occurredOn(), command.summary(), command.outcome(), command.by(), command.on()));
    }

    private Task openTask(String taskId) {
        Task task = tasks.get(taskId);
        if (task == null) {
            throw new CaseworkRefused("task-not-found", "the customer has no task " + taskId, "taskId");
        }
        if (!OPEN.equals(task.status())) {
            throw new CaseworkRefused("task-not-open", "task " + taskId + " is " + task.status() + " already", null);
        }
        return task;
    }

    private List<CollectionsEvent> record(List<CollectionsEvent> recorded, CollectionsEvent event) {
        evolve(event);
        recorded.add(event);
        return recorded;
    }

    /** The file after {@code event}. */
    public void evolve(CollectionsEvent event) {
        if (event instanceof CaseOpened e) {
            opened(e);
        } else if (event instanceof CaseReassigned e) {
            current = new Current(current.caseId(), e.toOwner(), e.level(), current.openedOn(), current.restricted());
        } else if (event instanceof TradingRestrictionRequested e && current != null && current.caseId().equals(e.caseId())) {
            current = new Current(current.caseId(), current.owner(), current.level(), current.openedOn(), true);
        } else if (event instanceof CaseClosed) {
            current = null;
        } else if (event instanceof TaskCreated e) {
            tasks.put(e.taskId(), new Task(e.owner(), OPEN, e.caseId(), e.kind(), e.invoiceId(), TaskCreated.MANUAL.equals(e.stepId())));
        } else if (event instanceof TaskReassigned e) {
            Task t = tasks.get(e.taskId());
            tasks.put(e.taskId(), new Task(e.toOwner(), t.status(), t.caseId(), t.kind(), t.invoiceId(), t.manual()));
        } else if (event instanceof TaskCompleted e) {
            Task t = tasks.get(e.taskId());
            tasks.put(e.taskId(), new Task(t.owner(), e.status(), t.caseId(), t.kind(), t.invoiceId(), t.manual()));
        }
    }

    private void opened(CaseOpened event) {
        casesOpened = event.caseNumber();
        current = new Current(event.caseId(), event.owner(), event.level(), event.openedOn(), false);
        cases.add(event.caseId());
        tasks.replaceAll((taskId, t) -> OPEN.equals(t.status()) && t.caseId() == null ? new Task(t.owner(), t.status(), event.caseId(), t.kind(), t.invoiceId(), t.manual()) : t);
    }
}
