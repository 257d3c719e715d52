package io.fairdraw.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * /notifications names each reminder by its kind ({@code notification.label.<KIND>}); a kind without
 * a label showed as ??notification.label.PLAN_SUBMITTED_zh_CN?? (issue 21: Chinese throughout).
 */
class ReminderKindLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKindHasALabel(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(Arrays.stream(ReminderKind.values()).map(k -> "notification.label." + k.name())
                .filter(key -> p.getProperty(key, "").isBlank()).toList()).as(bundle).isEmpty();
    }
}
