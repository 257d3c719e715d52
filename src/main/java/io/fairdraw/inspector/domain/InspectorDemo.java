package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.InspectorSetup;
import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.LeavePeriod;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample inspectors ({@code seed/demo-inspectors.csv}; certificate expiry and leave as day
 * offsets from today so the warnings always show) and declared conflicts
 * ({@code seed/demo-inspector-conflicts.csv}, with valid USCCs from a fixed seed), seeded only
 * when the directory is empty.
 */
@Service
class InspectorDemo implements InspectorSetup {

    private static final Logger log = LoggerFactory.getLogger(InspectorDemo.class);
    /** 兵自然资发〔2020〕47号: the seed of the demo conflicts' credit codes. */
    static final long CONFLICT_SEED = 47;
    /** 石河子市: region code of the demo entities. */
    static final String REGION = "659001";

    private final InspectorService service;
    private final Clock clock;

    InspectorDemo(InspectorService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seedDemoIfEmpty() {
        if (service.count() > 0) {
            return;
        }
        log.info("Empty inspector directory: seeding the sample inspectors");
        LocalDate today = BusinessClock.today(clock);
        Random rnd = new Random(CONFLICT_SEED);
        Map<String, List<String[]>> conflicts = new HashMap<>();
        for (String[] c : csv("seed/demo-inspector-conflicts.csv")) {
            conflicts.computeIfAbsent(c[0], k -> new ArrayList<>())
                    .add(new String[] {UnifiedSocialCreditCode.random(rnd, REGION).value(), c[1]});
        }
        // id,name,unit,certificate_no,expiry_offset_days,specialties,status,joint_pool,phone,id_number,leave_from,leave_to
        for (String[] r : csv("seed/demo-inspectors.csv")) {
            InspectorDraft d = new InspectorDraft(r[0], r[1], r[2], r[3],
                    r[4].isEmpty() ? null : today.plusDays(Long.parseLong(r[4])),
                    Arrays.stream(r[5].split("\\|")).map(SupervisionField::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SupervisionField.class))),
                    InspectorStatus.valueOf(r[6]), "Y".equals(r[7]), r[8], r[9]);
            List<LeavePeriod> leaves = r[10].isEmpty() ? List.of() : List.of(new LeavePeriod(0,
                    today.plusDays(Long.parseLong(r[10])), today.plusDays(Long.parseLong(r[11])), ""));
            service.seed(d, leaves, conflicts.getOrDefault(r[0], List.of()));
        }
    }

    private static List<String[]> csv(String path) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
