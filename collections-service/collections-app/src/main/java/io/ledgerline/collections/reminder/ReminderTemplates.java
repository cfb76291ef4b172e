package io.ledgerline.collections.reminder;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes a reminder from the Qute template of its step and language, {@code templates/reminders/<stepId>.<lang>.txt}: its
 * first line is the subject, the rest after the blank line the body. A step without a template of its own takes its
 * action's, {@code courtesy-email} or {@code overdue-email}.
 */
@ApplicationScoped
public class ReminderTemplates {

    static final String ENGLISH = "en";
    static final String CHINESE = "zh";

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINESE);

    /** What a reminder says and to whom it speaks. */
    public record Letter(String invoiceNumber, BigDecimal amount, String currency, LocalDate dueDate, LocalDate reachedOn,
                         String legalName, String contactName) {
    }

    /** A written reminder. */
    public record Message(String subject, String body) {
    }

    private final Engine engine;

    @Inject
    public ReminderTemplates(Engine engine) {
        this.engine = engine;
    }

    /** The language of a contact's stated language: Chinese for any {@code zh} tag (zh, zh-CN, zh_Hans), else English. */
    static String language(String stated) {
        if (stated == null) {
            return ENGLISH;
        }
        String tag = stated.trim().toLowerCase(Locale.ROOT);
        return tag.equals(CHINESE) || tag.startsWith(CHINESE + "-") || tag.startsWith(CHINESE + "_") ? CHINESE : ENGLISH;
    }

    public Message write(String stepId, String action, String language, Letter letter) {
        Template template = engine.getTemplate("reminders/" + stepId + "." + language + ".txt");
        if (template == null) {
            String generic = DunningStepReached.COURTESY_EMAIL.equals(action) ? "courtesy-email" : "overdue-email";
            template = engine.getTemplate("reminders/" + generic + "." + language + ".txt");
        }
        if (template == null) {
            throw new IllegalStateException("no reminder template for step " + stepId + " in language " + language);
        }
        boolean zh = CHINESE.equals(language);
        long overdue = ChronoUnit.DAYS.between(letter.dueDate(), letter.reachedOn());
        String text = template
                .data("invoiceNumber", letter.invoiceNumber())
                .data("amount", amount(letter.amount()) + " " + letter.currency())
                .data("dueDate", (zh ? ZH_DATE : EN_DATE).format(letter.dueDate()))
                .data("daysOverdue", days(Math.max(overdue, 0), zh))
                .data("daysUntilDue", days(Math.max(-overdue, 0), zh))
                .data("legalName", letter.legalName())
                .data("contactName", letter.contactName() != null ? letter.contactName() : zh ? "财务负责人" : "Sir or Madam")
                .render();
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalStateException("reminder template of step " + stepId + " (" + language + ") has no subject line");
        }
        return new Message(text.substring(0, blank).strip(), text.substring(blank + 2).strip() + "\n");
    }

    private static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    private static String days(long n, boolean zh) {
        return zh ? n + " 天" : n == 1 ? "1 day" : n + " days";
    }
}
