package vn.langso.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before any password is checked: too many failed sign-ins from this address in the last hour. */
public class TooManyAttemptsFromAddressException extends AuthenticationException {

    TooManyAttemptsFromAddressException() {
        super("Too many failed sign-ins from this address");
    }
}
