package merchlab.bench.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;

/**
 * Reads a character-per-line corpus tagged in the BIEOS scheme (B-, I-, E- begin, continue and end an entity, S- is a
 * one-character entity, O is outside), sentences separated by blank lines.
 */
public final class BieosCorpus {
    private BieosCorpus() {
    }

    /** An entity: its type (for example {@code HP}), its text and its character span. */
    public record Span(String type, String text, int start, int end) {
    }

    /** A sentence and its gold entities. */
    public record Sentence(String text, List<Span> spans) {
    }

    public static List<Sentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(chars, tags, sentences);
                continue;
            }
            int cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(' '));
            if (cut <= 0) {
                throw new MerchLabException(file + ": not a 'character tag' line: " + line);
            }
            chars.add(line.substring(0, cut));
            tags.add(line.substring(cut + 1).strip());
        }
        flush(chars, tags, sentences);
        return sentences;
    }

    private static void flush(List<String> chars, List<String> tags, List<Sentence> out) {
        if (chars.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[chars.size() + 1];
        for (int i = 0; i < chars.size(); i++) {
            offsets[i] = text.length();
            text.append(chars.get(i));
        }
        offsets[chars.size()] = text.length();
        List<Span> spans = new ArrayList<>();
        int begin = -1;
        String type = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            char kind = tag.charAt(0);
            String t = tag.length() > 2 ? tag.substring(2) : null;
            if (kind == 'S') {
                spans.add(span(t, text, offsets, i, i + 1));
                begin = -1;
            } else if (kind == 'B') {
                begin = i;
                type = t;
            } else if (kind == 'E' && begin >= 0 && t != null && t.equals(type)) {
                spans.add(span(t, text, offsets, begin, i + 1));
                begin = -1;
            } else if (kind == 'O' || (kind == 'I' && (begin < 0 || !t.equals(type)))) {
                begin = -1;
            }
        }
        out.add(new Sentence(text.toString(), List.copyOf(spans)));
        chars.clear();
        tags.clear();
    }

    private static Span span(String type, StringBuilder text, int[] offsets, int from, int to) {
        return new Span(type, text.substring(offsets[from], offsets[to]), offsets[from], offsets[to]);
    }
}
