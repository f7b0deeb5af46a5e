package nl.provalue.privacy.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's HTTP API under /api; who may call what is declared in web.xml and in the services. */
@ApplicationPath("/api")
public class PortalApi extends Application {}
