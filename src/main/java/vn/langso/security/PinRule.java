package vn.langso.security;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a villager's PIN must be: 4 to 6 digits, easy to type on any phone and to remember without writing down,
 * but not one of the first guesses (0000, 1234, 1212, 987654) nor digits from their own phone number.
 */
final class PinRule {

    private static final Pattern DIGITS = Pattern.compile("\\d{4,6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinRule() {
    }

    /** The translation key of what is wrong with the PIN, or nothing when it will do. */
    static Optional<String> problem(String pin, String phoneE164) {
        if (pin == null || !DIGITS.matcher(pin).matches()) {
            return Optional.of("pin.format");
        }
        if (isFirstGuess(pin)) {
            return Optional.of("pin.tooEasy");
        }
        if (phoneE164 != null && nationalDigits(phoneE164).contains(pin)) {
            return Optional.of("pin.inPhone");
        }
        return Optional.empty();
    }

    /** A one-time PIN of 6 random digits that passes the rule itself. */
    static String oneTimePin(String phoneE164) {
        String pin;
        do {
            pin = String.format("%06d", RANDOM.nextInt(1_000_000));
        } while (problem(pin, phoneE164).isPresent());
        return pin;
    }

    /** A run up or down (1234, 7890, 6543) or a short block repeated (0000, 1212, 123123). */
    private static boolean isFirstGuess(String pin) {
        return isRun(pin, 1) || isRun(pin, 9) || isRepeatedBlock(pin);
    }

    private static boolean isRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if ((pin.charAt(i - 1) - '0' + step) % 10 != pin.charAt(i) - '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRepeatedBlock(String pin) {
        for (int block = 1; block <= pin.length() / 2; block++) {
            if (pin.length() % block == 0 && pin.substring(0, block).repeat(pin.length() / block).equals(pin)) {
                return true;
            }
        }
        return false;
    }

    /** "+84912345678" as people write it, "0912345678": the PIN must not be any part of it. */
    private static String nationalDigits(String phoneE164) {
        return phoneE164.startsWith("+84") ? "0" + phoneE164.substring(3) : phoneE164.replaceAll("\\D", "");
    }
}
