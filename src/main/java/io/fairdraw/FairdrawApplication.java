package io.fairdraw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class FairdrawApplication {

    public static void main(String[] args) {
        SpringApplication.run(FairdrawApplication.class, args);
    }
}
