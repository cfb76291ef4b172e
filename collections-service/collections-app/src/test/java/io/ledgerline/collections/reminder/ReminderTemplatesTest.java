package io.ledgerline.collections.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.reminder.ReminderTemplates.Letter;
import io.ledgerline.collections.reminder.ReminderTemplates.Message;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped templates, rendered by a Qute engine that reads them as Quarkus does, checked against text written by hand. */
class ReminderTemplatesTest {

    private static final Engine ENGINE = Engine.builder().addDefaults().removeStandaloneLines(true).addLocator(id -> {
        String path = "templates/" + id;
        if (ReminderTemplatesTest.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = ReminderTemplatesTest.class.getClassLoader().getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.empty();
            }
        });
    }).build();

    private final ReminderTemplates templates = new ReminderTemplates(ENGINE);

    /** 12,500.00 CNY open on invoice 0000611365, due 2026-02-01. */
    private static Letter letter(LocalDate reachedOn, String contact) {
        return new Letter("0000611365", new BigDecimal("12500.0000"), "CNY", LocalDate.of(2026, 2, 1), reachedOn,
                "Acme Trading Co., Ltd.", contact);
    }

    @Test
    void the_first_overdue_email_in_chinese() {
        Message m = templates.write("first-overdue-email", DunningStepReached.OVERDUE_EMAIL, "zh", letter(LocalDate.of(2026, 2, 2), "李娜"));
        assertThat(m.subject()).isEqualTo("逾期提醒：发票 0000611365 已逾期 1 天");
        assertThat(m.body()).isEqualTo("""
                李娜，您好：

                Acme Trading Co., Ltd. 的发票 0000611365 已于 2026年2月1日 到期，现已逾期 1 天，尚有 12,500.00 CNY 未付。

                请尽快安排付款。如您已付款，或对发票有任何疑问，请直接回复此邮件，我们将及时处理。

                此致
                敬礼
                应收账款部
                """);
    }

    @Test
    void the_first_overdue_email_in_english() {
        Message m = templates.write("first-overdue-email", DunningStepReached.OVERDUE_EMAIL, "en", letter(LocalDate.of(2026, 2, 2),
                "Li Na"));
        assertThat(m.subject()).isEqualTo("Overdue: invoice 0000611365 is 1 day past due");
        assertThat(m.body()).isEqualTo("""
                Dear Li Na,

                Invoice 0000611365 to Acme Trading Co., Ltd. was due on 1 February 2026 and is now 1 day overdue; 12,500.00 CNY remains open.

                Please arrange payment at your earliest convenience. If you have already paid, or if something about the invoice is wrong, please reply to this email so we can look into it.

                Kind regards,
                Accounts Receivable
                """);
    }

    @Test
    void the_courtesy_email_counts_the_days_until_the_due_date_and_greets_a_contact_without_name() {
        Message en = templates.write("courtesy-email", DunningStepReached.COURTESY_EMAIL, "en", letter(LocalDate.of(2026, 1, 29), null));
        assertThat(en.subject()).isEqualTo("Friendly reminder: invoice 0000611365 is due on 1 February 2026");
        assertThat(en.body()).startsWith("Dear Sir or Madam,\n\nThis is a courtesy reminder that invoice 0000611365 to Acme Trading "
                + "Co., Ltd., of which 12,500.00 CNY is open, falls due on 1 February 2026, in 3 days.\n");
        Message zh = templates.write("courtesy-email", DunningStepReached.COURTESY_EMAIL, "zh", letter(LocalDate.of(2026, 1, 29), null));
        assertThat(zh.subject()).isEqualTo("温馨提示：发票 0000611365 将于 2026年2月1日 到期");
        assertThat(zh.body()).startsWith("财务负责人，您好：\n\nAcme Trading Co., Ltd. 的发票 0000611365 尚有 12,500.00 CNY 未付，将于 "
                + "2026年2月1日 到期（还有 3 天）。\n");
    }

    @Test
    void the_second_overdue_email_counts_seven_days() {
        assertThat(templates.write("second-overdue-email", DunningStepReached.OVERDUE_EMAIL, "en", letter(LocalDate.of(2026, 2, 8), "Li Na"))
                .subject()).isEqualTo("Second notice: invoice 0000611365 is 7 days past due");
        assertThat(templates.write("second-overdue-email", DunningStepReached.OVERDUE_EMAIL, "zh", letter(LocalDate.of(2026, 2, 8), "李娜"))
                .subject()).isEqualTo("第二次逾期通知：发票 0000611365 已逾期 7 天");
    }

    @Test
    void a_step_without_its_own_template_takes_its_actions() {
        assertThat(templates.write("third-overdue-email", DunningStepReached.OVERDUE_EMAIL, "en", letter(LocalDate.of(2026, 2, 15), "Li Na"))
                .subject()).isEqualTo("Payment reminder: invoice 0000611365 is 14 days past due");
        assertThat(templates.write("early-courtesy", DunningStepReached.COURTESY_EMAIL, "zh", letter(LocalDate.of(2026, 1, 22), "李娜"))
                .subject()).isEqualTo("温馨提示：发票 0000611365 将于 2026年2月1日 到期");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"zh,zh", "zh-CN,zh", "ZH_hans,zh", "en,en", "en-GB,en", "de,en", "null,en", "zhx,en"})
    void the_language_is_chinese_for_a_zh_tag_and_english_otherwise(String stated, String language) {
        assertThat(ReminderTemplates.language(stated)).isEqualTo(language);
    }
}
