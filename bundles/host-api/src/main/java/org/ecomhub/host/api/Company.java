package org.ecomhub.host.api;

import org.osgi.annotation.versioning.ConsumerType;

/** The host company's settings. May throw {@link HostUnavailableException}. */
@ConsumerType
public interface Company {

    /** The settings as they are now; the host may change them at any time, so read them per run. */
    CompanySettings settings();
}
