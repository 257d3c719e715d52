package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.ResultCategory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The demo records answer their 检查表 (issue 19 item 3) as a team would: a clean item has every
 * point 符合; the item with a problem has its first point 不符合, with a finding and a photo.
 */
@Component
class DemoChecklistAnswers {

    private final RecordPointRepository points;
    private final RecordEvidence evidence;
    private final MessageSource messages;

    DemoChecklistAnswers(RecordPointRepository points, RecordEvidence evidence, MessageSource messages) {
        this.points = points;
        this.evidence = evidence;
        this.messages = messages;
    }

    /** Answers the points of a demo record whose first item has {@code category} and the others none. */
    void answer(long recordId, InspectionRecord r, ResultCategory category, RecordAccess.Acting who) {
        if (category == null) {
            return;
        }
        List<RecordPoint> all = points.of(recordId);
        String firstItem = r.items().isEmpty() ? null : r.items().get(0).itemCode();
        boolean problem = category.problem();
        for (RecordPoint p : all) {
            boolean bad = problem && p.itemCode().equals(firstItem) && p.no() == 1;
            points.answer(recordId, p.answered(bad ? PointResult.NONCOMPLIANT : PointResult.COMPLIANT,
                    bad ? messages.getMessage("inspection.demo.findings.violation", null, Locale.SIMPLIFIED_CHINESE) : ""));
            if (bad) {
                Evidence e = evidence.add(recordId, p.itemCode(), "demo-site-photo.png", photo(), who);
                points.tagEvidence(e.id(), p.no());
            }
        }
    }

    /** A small generated site photo (sample data), also the demo follow-up's 复查 photo. */
    static byte[] photo() {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(196, 170, 120));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(90, 120, 60));
        g.fillRect(0, 160, 320, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
