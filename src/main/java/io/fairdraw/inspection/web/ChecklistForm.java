package io.fairdraw.inspection.web;

import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.domain.ChecklistRecording;
import io.fairdraw.inspection.domain.RecordPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The 检查表 part of the record form as typed (issue 19 item 3): {@code points[k].*}, bound from
 * the same request as {@link RecordForm}; a 不符合 point's files come as {@code pointFiles<k>}.
 */
public class ChecklistForm {

    public static class PointForm {
        private String itemCode;
        private int no;
        private PointResult answer;
        private String finding = "";

        public String getItemCode() {
            return itemCode;
        }

        public void setItemCode(String itemCode) {
            this.itemCode = itemCode;
        }

        public int getNo() {
            return no;
        }

        public void setNo(int no) {
            this.no = no;
        }

        public PointResult getAnswer() {
            return answer;
        }

        public void setAnswer(PointResult answer) {
            this.answer = answer;
        }

        public String getFinding() {
            return finding;
        }

        public void setFinding(String finding) {
            this.finding = finding;
        }
    }

    private List<PointForm> points = new ArrayList<>();

    static ChecklistForm of(List<RecordPoint> saved) {
        ChecklistForm f = new ChecklistForm();
        for (RecordPoint p : saved) {
            PointForm pf = new PointForm();
            pf.itemCode = p.itemCode();
            pf.no = p.no();
            pf.answer = p.answer();
            pf.finding = p.finding();
            f.points.add(pf);
        }
        return f;
    }

    List<ChecklistRecording.Answer> answers() {
        return points.stream().filter(p -> p != null && p.itemCode != null)
                .map(p -> new ChecklistRecording.Answer(p.itemCode, p.no, p.answer, p.finding)).toList();
    }

    public List<PointForm> getPoints() {
        return points;
    }

    public void setPoints(List<PointForm> points) {
        this.points = points;
    }
}
