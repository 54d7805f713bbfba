import org.springframework.security.config.annotation.web.builders.HttpSecurity;

class SecurityConfig {
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeRequests().anyRequest().authenticated().and().csrf().disable();
    }
}
