package io.fairdraw.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password check (form login and, where enabled, HTTP Basic), issue 18 §6: a throttled
 * attempt is refused before bcrypt; a disabled account is refused only after its password was
 * checked, so unknown, disabled and wrong-password attempts cost the same and answer the same.
 */
@Configuration(proxyBeanMethods = false)
class AccountAuthentication {

    @Bean
    AuthenticationProvider accountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                         LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setPreAuthenticationChecks(u -> { });
        dao.setPostAuthenticationChecks(u -> {
            if (!u.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) throws AuthenticationException {
                if (throttle.refused(a.getName(), LoginThrottle.ip(a))) {
                    throw new LoginThrottledException();
                }
                return dao.authenticate(a);
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }
}
