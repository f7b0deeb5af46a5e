package nl.provalue.privacy.domain.account;

import java.util.Locale;

/**
 * Where a sign-in comes from, as the person sees it in their history: the address and a short
 * description of the browser ("Firefox op Windows"), never the whole User-Agent header.
 */
public record SignInClient(String address, String browser) {

    public SignInClient {
        address = address == null || address.isBlank() ? "?" : address;
        if (address.length() > 45) {
            throw new IllegalArgumentException("Not an IP address");
        }
        browser = browser == null || browser.isBlank() ? "?" : browser;
    }

    /** The browser family and operating system named by a User-Agent header, or "?" when unknown. */
    public static SignInClient of(String address, String userAgent) {
        return new SignInClient(address, describe(userAgent));
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser;
        if (ua.contains("edg/")) {
            browser = "Edge";
        } else if (ua.contains("opr/") || ua.contains("opera")) {
            browser = "Opera";
        } else if (ua.contains("firefox/")) {
            browser = "Firefox";
        } else if (ua.contains("chromium/") || ua.contains("headlesschrome")) {
            browser = "Chromium";
        } else if (ua.contains("chrome/")) {
            browser = "Chrome";
        } else if (ua.contains("safari/")) {
            browser = "Safari";
        } else if (ua.startsWith("curl/")) {
            browser = "curl";
        } else if (ua.startsWith("java-http-client") || ua.startsWith("java/")) {
            browser = "Java";
        } else {
            browser = "?";
        }
        String system;
        if (ua.contains("android")) {
            system = "Android";
        } else if (ua.contains("iphone") || ua.contains("ipad")) {
            system = "iOS";
        } else if (ua.contains("windows")) {
            system = "Windows";
        } else if (ua.contains("mac os")) {
            system = "macOS";
        } else if (ua.contains("linux")) {
            system = "Linux";
        } else {
            system = null;
        }
        return system == null ? browser : browser + " / " + system;
    }
}
