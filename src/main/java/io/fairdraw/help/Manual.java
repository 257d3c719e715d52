package io.fairdraw.help;

import java.util.List;

/**
 * One role's 操作手册 as parsed from its resource file: a title, an introduction and numbered
 * sections of blocks (steps, notes, screenshots). The text is Chinese and lives in
 * {@code help/manuals/<role>.txt}, not in Java (DESIGN.md §6).
 */
public record Manual(String role, String title, String intro, List<Section> sections) {

    public record Section(String title, List<Block> blocks) {
    }

    /** {@code kind}: STEPS (an ordered list, {@code lines}), NOTE (a paragraph) or FIGURE (an image and its caption). */
    public record Block(Kind kind, List<String> lines, String image) {

        public enum Kind { STEPS, NOTE, FIGURE }

        public String text() {
            return lines.isEmpty() ? "" : lines.get(0);
        }
    }

    /** Every screenshot file this manual shows, in order. */
    public List<String> images() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b.kind() == Block.Kind.FIGURE).map(Block::image).toList();
    }
}
