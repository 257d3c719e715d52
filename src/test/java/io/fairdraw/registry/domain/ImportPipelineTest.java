package io.fairdraw.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fairdraw.registry.engine.KnownEntities;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: whatever ends the parser thread — an {@link OutOfMemoryError} included, which was never
 * handed back — ends the import on the database thread with an answer, so that its transaction
 * rolls back and releases the import lock. Before, the database thread waited forever.
 */
class ImportPipelineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OutOfMemoryError", "StackOverflowError", "BadFileException", "IllegalStateException",
            "ThreadDeath"})
    @DisplayName("解析线程抛出任何 Throwable：数据库线程在限时内得到明确的失败，不会一直等待")
    void anyThrowableOfTheParserEndsTheImport(String kind) {
        Supplier<Throwable> failure = switch (kind) {
            case "OutOfMemoryError" -> () -> new OutOfMemoryError("Requested array size exceeds VM limit");
            case "StackOverflowError" -> StackOverflowError::new;
            case "BadFileException" -> () -> new BadFileException("spreadsheet.too_many_columns", 3, 16_384);
            case "IllegalStateException" -> () -> new IllegalStateException("bug");
            default -> ThreadDeath::new;
        };
        RowSource source = new RowSource() {
            @Override
            public boolean next(SourceRow row) {
                sneakyThrow(failure.get());
                return false;
            }

            @Override
            public double progress() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        // The source fails on its first row: no row reaches the validator or the encoder.
        ImportPipeline pipeline = new ImportPipeline(source, null, new ChunkEncoder("test", 1));
        Throwable thrown = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> catchThrowable(() -> pipeline.run(
                new ImportPipeline.Sink() {
                    @Override
                    public KnownEntities known() {
                        return null;
                    }

                    @Override
                    public List<RejectedRow> merge(ImportPipeline.Chunk chunk) {
                        throw new AssertionError("no chunk expected");
                    }

                    @Override
                    public void store(List<RejectedRow> rejected) {
                    }

                    @Override
                    public void progress(double fraction, int rowsRead) {
                    }
                }, "test-parser")));
        assertThat(thrown).isInstanceOf(RuntimeException.class);
        switch (kind) {
            case "OutOfMemoryError", "StackOverflowError" ->
                    assertThat(((BadFileException) thrown).messageKey()).isEqualTo("spreadsheet.unreadable");
            case "BadFileException" ->
                    assertThat(((BadFileException) thrown).messageKey()).isEqualTo("spreadsheet.too_many_columns");
            case "IllegalStateException" -> assertThat(thrown).hasMessage("bug");
            default -> assertThat(thrown).hasCauseInstanceOf(ThreadDeath.class);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
