package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void aTypedBackslashCannotPassForAnEscapedNewline() {
        assertThat(LogText.escape("alice\nforged")).isEqualTo("alice\\nforged");
        assertThat(LogText.escape("alice\\nforged")).isEqualTo("alice\\\\nforged");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(LogText.escape("read Live/Momentum")).isEqualTo("read Live/Momentum");
    }
}
