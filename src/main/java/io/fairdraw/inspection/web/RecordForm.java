package io.fairdraw.inspection.web;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.inspection.domain.InspectionRecord;
import io.fairdraw.inspection.domain.RecordDraft;
import io.fairdraw.inspection.domain.RecordItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The record form as typed (also what the autosave posts); files come as {@code files<index>}. */
public class RecordForm {

    public static class ItemForm {
        private String itemCode;
        private ResultCategory category;
        private Disposal disposal;
        private String findings = "";

        public String getItemCode() {
            return itemCode;
        }

        public void setItemCode(String itemCode) {
            this.itemCode = itemCode;
        }

        public ResultCategory getCategory() {
            return category;
        }

        public void setCategory(ResultCategory category) {
            this.category = category;
        }

        public Disposal getDisposal() {
            return disposal;
        }

        public void setDisposal(Disposal disposal) {
            this.disposal = disposal;
        }

        public String getFindings() {
            return findings;
        }

        public void setFindings(String findings) {
            this.findings = findings;
        }
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectionDate;
    private ResultCategory entityCategory;
    private List<ItemForm> items = new ArrayList<>();

    static RecordForm of(InspectionRecord r) {
        RecordForm f = new RecordForm();
        f.inspectionDate = r.inspectionDate();
        f.entityCategory = r.entityCategory();
        for (RecordItem i : r.items()) {
            ItemForm item = new ItemForm();
            item.itemCode = i.itemCode();
            item.category = i.category();
            item.disposal = i.disposal();
            item.findings = i.findings();
            f.items.add(item);
        }
        return f;
    }

    RecordDraft draft() {
        Map<String, RecordDraft.Item> map = new LinkedHashMap<>();
        for (ItemForm i : items) {
            if (i != null && i.itemCode != null) {
                map.put(i.itemCode, new RecordDraft.Item(i.category, i.disposal, i.findings));
            }
        }
        return new RecordDraft(inspectionDate, entityCategory, map);
    }

    public LocalDate getInspectionDate() {
        return inspectionDate;
    }

    public void setInspectionDate(LocalDate inspectionDate) {
        this.inspectionDate = inspectionDate;
    }

    public ResultCategory getEntityCategory() {
        return entityCategory;
    }

    public void setEntityCategory(ResultCategory entityCategory) {
        this.entityCategory = entityCategory;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items;
    }
}
