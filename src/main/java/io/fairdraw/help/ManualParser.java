package io.fairdraw.help;

import io.fairdraw.help.Manual.Block;
import io.fairdraw.help.Manual.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a manual's small line format, so a writer edits plain Chinese text without markup or HTML:
 * {@code # title}, {@code > introduction}, {@code ## section}, {@code 1. step} (consecutive steps make
 * one numbered list), {@code ![caption](file.png)} (a screenshot), any other line a note. Blank
 * lines only separate. Text is never interpreted as HTML (the page prints it escaped).
 */
public final class ManualParser {

    /** Screenshot file names: lower-case words and dashes, .png; nothing that could leave the image directory. */
    public static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*\\.png");
    private static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern STEP = Pattern.compile("\\d+\\.\\s+(.*)");

    private ManualParser() {
    }

    public static Manual parse(String role, String text) {
        String title = null;
        String intro = null;
        List<Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<Block> blocks = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            Matcher step = STEP.matcher(line);
            if (!step.matches() && !steps.isEmpty()) {
                blocks.add(new Block(Block.Kind.STEPS, List.copyOf(steps), null));
                steps.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                if (sectionTitle != null) {
                    sections.add(new Section(sectionTitle, List.copyOf(blocks)));
                }
                sectionTitle = line.substring(3).strip();
                blocks.clear();
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("> ")) {
                intro = line.substring(2).strip();
            } else if (sectionTitle == null) {
                throw new IllegalArgumentException(role + " line " + lineNo + ": text before the first section");
            } else if (step.matches()) {
                steps.add(step.group(1).strip());
            } else if (line.startsWith("![")) {
                Matcher f = FIGURE.matcher(line);
                if (!f.matches() || !IMAGE_NAME.matcher(f.group(2)).matches()) {
                    throw new IllegalArgumentException(role + " line " + lineNo + ": bad screenshot " + line);
                }
                blocks.add(new Block(Block.Kind.FIGURE, List.of(f.group(1).strip()), f.group(2)));
            } else {
                blocks.add(new Block(Block.Kind.NOTE, List.of(line), null));
            }
        }
        if (!steps.isEmpty()) {
            blocks.add(new Block(Block.Kind.STEPS, List.copyOf(steps), null));
        }
        if (sectionTitle != null) {
            sections.add(new Section(sectionTitle, List.copyOf(blocks)));
        }
        if (title == null) {
            throw new IllegalArgumentException(role + ": no title line (# …)");
        }
        return new Manual(role, title, intro, List.copyOf(sections));
    }
}
