package se.kasus.provision;

import java.time.LocalDate;

import se.kasus.casework.ServiceType;

/** No price list covers the day: the underlag cannot be made until config/ersattning.yml has one. */
public class MissingPriceException extends RuntimeException {

    MissingPriceException(String provider, ServiceType type, LocalDate day) {
        super("Pris saknas i prislistan för " + provider + ", " + type.label() + " den " + day
                + ". Komplettera config/ersattning.yml.");
    }
}
