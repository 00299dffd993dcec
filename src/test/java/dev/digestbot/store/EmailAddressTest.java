package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "ada@example.org                       | ada@example.org",
                "Ada.Lovelace@Example.ORG              | Ada.Lovelace@example.org",
                "\" ada+digest@mail.example.co.uk \"   | ada+digest@mail.example.co.uk",
                "o'brien_{x}@sub-domain.example        | o'brien_{x}@sub-domain.example",
                "x@xn--bcher-kva.example               | x@xn--bcher-kva.example"
            })
    void practicalAddressesAreAcceptedWithTheirDomainLowerCased(String input, String stored) {
        assertThat(EmailAddress.normalize(input)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"                      | it is empty",
                "ada.example.org             | it has no @",
                "ada@@example.org            | it has more than one @",
                "@example.org                | nothing before the @",
                "ada@                        | nothing after the @",
                "ada@localhost               | has no dot",
                "ada lovelace@example.org    | a space is not allowed before the @",
                ".ada@example.org            | a dot before the @ must sit between other characters",
                "ada..l@example.org          | a dot before the @ must sit between other characters",
                "ada@example..org            | has an empty part",
                "ada@example.org.            | has an empty part",
                "ada@-example.org            | starts or ends with '-'",
                "ada@exa_mple.org            | '_' is not allowed in the domain",
                "ada@192.0.2.1               | ends in a number",
                "Ada <ada@example.org>       | give the address alone, without a name or <>",
                "josé@example.org            | only ASCII is accepted"
            })
    void otherTextIsRefusedNamingTheAddressAndWhy(String input, String why) {
        assertThatThrownBy(() -> EmailAddress.normalize(input))
                .isInstanceOf(InvalidEmailException.class)
                .hasMessageStartingWith("'" + input.strip() + "' is not an email address: ")
                .hasMessageContaining(why);
    }

    @Test
    void theLocalPartHasAtMostSixtyFourCharacters() {
        String longest = "a".repeat(64) + "@example.org";

        assertThat(EmailAddress.normalize(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> EmailAddress.normalize("a" + longest)).hasMessageContaining("over 64 characters");
    }
}
