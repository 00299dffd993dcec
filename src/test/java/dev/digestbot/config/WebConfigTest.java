package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code web} section. */
class WebConfigTest {
    @TempDir
    java.nio.file.Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void byDefaultTheWebServerRunsOnThisMachineOnly() throws Exception {
        WebConfig web = files().load("").web();

        assertThat(web).isEqualTo(WebConfig.DEFAULTS);
        assertThat(web.enabled()).isTrue();
        assertThat(web.host()).isEqualTo("127.0.0.1");
        assertThat(web.port()).isEqualTo(8080);
        assertThat(web.baseUrl()).hasToString("http://127.0.0.1:8080/");
    }

    @Test
    void readsEveryWebKey() throws Exception {
        WebConfig web = files().load("""
                web:
                  enabled: false
                  bind: 0.0.0.0:9090
                  base-url: https://news.example.org/digest
                  behind-proxy: true
                """).web();

        assertThat(web)
                .isEqualTo(new WebConfig(false, "0.0.0.0", 9090, URI.create("https://news.example.org/digest/"), true));
    }

    @Test
    void anIpv6BindLosesItsBrackets() throws Exception {
        assertThat(files().load("web:\n  bind: \"[::1]:8081\"\n").web().host()).isEqualTo("::1");
    }

    @Test
    void theEnvironmentOverridesWebKeys() throws Exception {
        WebConfig web = files().load(
                        "",
                        Map.of(
                                "DIGESTBOT_WEB_BIND", "127.0.0.1:18080",
                                "DIGESTBOT_WEB_BASE_URL", "http://localhost:18080",
                                "DIGESTBOT_WEB_ENABLED", "false"))
                .web();

        assertThat(web)
                .isEqualTo(new WebConfig(false, "127.0.0.1", 18080, URI.create("http://localhost:18080/"), false));
    }

    @Test
    void badValuesAreReportedTogetherNamingTheirKeys() {
        assertThat(files().problems("""
                        web:
                          enabled: sometimes
                          bind: 8080
                          base-url: ftp://example.org/
                        """))
                .anyMatch(p -> p.contains("web.enabled: expected true or false, got 'sometimes'"))
                .anyMatch(p -> p.contains("web.bind: expected host:port"))
                .anyMatch(p -> p.contains("web.base-url: expected an absolute http:// or https:// URL"));
        assertThat(files().problems("web:\n  bind: 127.0.0.1:70000\n")).anyMatch(p -> p.contains("web.bind"));
    }
}
