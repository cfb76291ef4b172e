package io.ledgerline.collections.casework;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.ledgerline.collections.api.v1.Money;
import java.math.BigDecimal;
import java.util.List;

/** One open case in the collector's queue, ranked in the queue's currency ({@link QueuePriority}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueRow(String customerId, String legalName, String caseId, String owner, String level, String grade,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gradeWeight, Money overdueInCurrency,
                       long oldestDaysOverdue, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priority, List<Money> overdue,
                       List<CaseView.TaskView> openTasks) {
}
