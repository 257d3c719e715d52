package io.fairdraw.registry.domain;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An .xlsx shared-string table kept off the heap: the strings as UTF-8 in a memory-mapped
 * temporary file, only their offsets ({@code int}, 4 bytes per string) on the heap.
 */
final class SharedStrings implements AutoCloseable {

    private final Path file;
    private final MappedByteBuffer data;
    private final int[] offsets; // offsets[i]..offsets[i+1] is string i
    private final int count;

    private SharedStrings(Path file, MappedByteBuffer data, int[] offsets, int count) {
        this.file = file;
        this.data = data;
        this.offsets = offsets;
        this.count = count;
    }

    static SharedStrings empty() {
        return new SharedStrings(null, null, new int[] {0}, 0);
    }

    static SharedStrings read(XMLInputFactory xml, InputStream in) throws IOException, XMLStreamException {
        Path file = Files.createTempFile("fd-sst-", ".bin");
        try {
            int[] offsets = new int[1024];
            int count = 0;
            long pos = 0;
            StringBuilder text = new StringBuilder(64);
            try (in; OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                XMLStreamReader r = xml.createXMLStreamReader(in);
                int phonetic = 0;
                boolean inItem = false;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if ("si".equals(name)) {
                            inItem = true;
                            text.setLength(0);
                        } else if ("rPh".equals(name)) {
                            phonetic++;
                        } else if ("t".equals(name) && inItem && phonetic == 0) {
                            text.append(r.getElementText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = r.getLocalName();
                        if ("rPh".equals(name)) {
                            phonetic--;
                        } else if ("si".equals(name)) {
                            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                            out.write(bytes);
                            pos += bytes.length;
                            if (pos > Integer.MAX_VALUE) {
                                throw new BadFileException("registry.import.too_large");
                            }
                            if (count + 2 > offsets.length) {
                                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                            }
                            offsets[++count] = (int) pos;
                            inItem = false;
                        }
                    }
                }
            }
            MappedByteBuffer map = null;
            if (pos > 0) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    map = ch.map(FileChannel.MapMode.READ_ONLY, 0, pos);
                }
            }
            return new SharedStrings(file, map, offsets, count);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        int start = offsets[index];
        int length = offsets[index + 1] - start;
        if (length == 0) {
            return "";
        }
        byte[] bytes = new byte[length];
        data.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            // The mapping is released with the buffer; on Linux the file can be unlinked now.
            Files.deleteIfExists(file);
        }
    }
}
