package io.fairdraw.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.fairdraw.shared.BusinessClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 3, one rule in one place: the business zone and "today" come from
 * {@link BusinessClock} only, working-day arithmetic from the calendar module only, and the
 * publication due date (国发〔2019〕5号: 20 working days) from {@code inspection.domain.PublicationClock}
 * only, which applies it once at submission and carries it on the events.
 */
class OneBusinessClockTest {

    static final Path MAIN_JAVA = Path.of("src/main/java");
    static final Path RESOURCES = Path.of("src/main/resources");
    static final String BUSINESS_CLOCK = "io/fairdraw/shared/BusinessClock.java";

    /** Code that names a zone or reads the date without the business clock. */
    static final Pattern ZONE_OR_TODAY = Pattern.compile(
            "[\"']Asia/Shanghai[\"']|ZoneId\\s*\\)?\\s*\\.\\s*(of|systemDefault)\\s*\\("
                    + "|TimeZone\\.getDefault|Clock\\.systemDefaultZone"
                    + "|\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\s*\\(");

    @Test
    @DisplayName("业务时区与“今天”只有一个来源（shared.BusinessClock）：源码、模板、SQL 中别处不得出现")
    void zoneAndTodayHaveOneSource() {
        List<String> offenders = new ArrayList<>();
        scan(MAIN_JAVA, p -> !p.endsWith(".java") || p.endsWith(BUSINESS_CLOCK), offenders);
        // Flyway migrations are history: an applied one may not change (its checksum), so the literal in
        // V20270105_0900 stays; new SQL passes the zone as a parameter (BusinessClock.ZONE_ID).
        scan(RESOURCES, p -> p.contains("db/migration/"), offenders);
        assertThat(offenders).as("use io.fairdraw.shared.BusinessClock (ZONE, ZONE_ID, today(clock))").isEmpty();
    }

    @Test
    @DisplayName("字节码里也只有 BusinessClock 读取系统时区或“今天”")
    void noOtherClassReadsTheDateOrAZone() {
        DescribedPredicate<JavaCall<?>> zoneOrToday = new DescribedPredicate<>("reads the date or a zone") {
            @Override
            public boolean test(JavaCall<?> call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return name.equals("now") && Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                                "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.Year", "java.time.YearMonth")
                        .contains(owner)
                        || owner.equals("java.time.ZoneId") && (name.equals("of") || name.equals("systemDefault"))
                        || owner.equals("java.util.TimeZone") && name.equals("getDefault")
                        || owner.equals("java.time.Clock") && name.equals("systemDefaultZone");
            }
        };
        noClasses().that().doNotBelongToAnyOf(BusinessClock.class).should().callCodeUnitWhere(zoneOrToday)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.fairdraw"));
    }

    @Test
    @DisplayName("工作日只由日历模块计算；公示期限只由 PublicationClock 计算")
    void workingDaysAndTheDueDateHaveOneSource() {
        List<String> offenders = new ArrayList<>();
        // Who may count working days through the calendar's API (WorkingDays), and why.
        Set<String> workingDayUsers = Set.of(
                "io/fairdraw/inspection/domain/PublicationClock.java",   // the 公示期限, once, at submission
                "io/fairdraw/notification/domain/ReminderGenerator.java", // a reminder's lead time, not a due date
                "io/fairdraw/notification/domain/FollowUpReminders.java", // idem, for 后续处置 deadlines
                "io/fairdraw/system/web/Workbench.java",                  // the days left before a 公示 deadline
                "io/fairdraw/disclosure/web/HallScreen.java",             // where 本周 begins (WorkingDays.weekStart)
                "io/fairdraw/disclosure/objection/ObjectionService.java", // an objection's answer due date, once, at filing
                "io/fairdraw/notification/domain/ObjectionReminders.java"); // a reminder's lead time (issue 20 item 4)
        Pattern ownArithmetic = Pattern.compile("\\bDayOfWeek\\b|\\bWorkingDayCalendar\\b");
        Pattern workingDaysApi = Pattern.compile("\\bWorkingDays\\b");
        Pattern dueRule = Pattern.compile("PublicationClock\\.WORKDAYS|\\.dueFrom\\(");
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = MAIN_JAVA.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("io/fairdraw/calendar/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean bad = ownArithmetic.matcher(line).find()
                            || workingDaysApi.matcher(line).find() && !workingDayUsers.contains(rel)
                            || dueRule.matcher(line).find() && !rel.endsWith("inspection/domain/PublicationClock.java");
                    if (bad) {
                        offenders.add(rel + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(offenders).as("working days: io.fairdraw.calendar.WorkingDays; the due date: the one "
                + "carried on InspectionEvents.ResultApproved#publicationDue").isEmpty();
    }

    private static void scan(Path root, java.util.function.Predicate<String> skip, List<String> offenders) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (skip.test(rel) || !(rel.endsWith(".java") || rel.endsWith(".html") || rel.endsWith(".sql")
                        || rel.endsWith(".properties") || rel.endsWith(".yml") || rel.endsWith(".js"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (ZONE_OR_TODAY.matcher(lines.get(i)).find()) {
                        offenders.add(root.resolve(rel) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
