package org.ecomhub.amazon.api.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A store's map from tax rate (in percent) to host tax code (TAX-05), written as a list of {@code rate=code}
 * entries, e.g. {@code 20=VAT20, 5=VAT5, 0=ZERO}.
 */
public final class TaxCodeMap {

    /** A rate snaps to a mapped rate at most this many percentage points away. */
    public static final BigDecimal SNAP_DISTANCE = new BigDecimal("0.5");

    private final NavigableMap<BigDecimal, String> codes;

    private TaxCodeMap(NavigableMap<BigDecimal, String> codes) {
        this.codes = Collections.unmodifiableNavigableMap(codes);
    }

    public static TaxCodeMap empty() {
        return new TaxCodeMap(new TreeMap<>());
    }

    /**
     * Parses {@code rate=code} entries.
     *
     * @param entries  the entries, e.g. {@code ["20=VAT20", "5=VAT5"]}
     * @param problems where a malformed entry is reported, as a problem of {@code pid}/{@code property}
     */
    static TaxCodeMap parse(List<String> entries, PropertyReader problems, String property) {
        NavigableMap<BigDecimal, String> codes = new TreeMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String rateText = equals < 0 ? entry : entry.substring(0, equals).trim().replace("%", "");
            String code = equals < 0 ? "" : entry.substring(equals + 1).trim();
            BigDecimal rate = parseRate(rateText);
            if (rate == null || code.isEmpty()) {
                problems.problem(property, "'" + entry + "' is not of the form rate=code.",
                        "Write each entry as a percentage and a host tax code, e.g. 20=VAT20 or 5.5=VAT5.");
            } else if (codes.putIfAbsent(rate.stripTrailingZeros(), code) != null) {
                problems.problem(property, "the rate " + rate.toPlainString() + " % is mapped twice.",
                        "Keep one entry per rate.");
            }
        }
        return new TaxCodeMap(codes);
    }

    private static BigDecimal parseRate(String text) {
        try {
            BigDecimal rate = new BigDecimal(text);
            return rate.signum() >= 0 && rate.compareTo(new BigDecimal("100")) <= 0 ? rate : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The mapped rates and codes, lowest rate first. */
    public Map<BigDecimal, String> entries() {
        return codes;
    }

    /**
     * The code of the mapped rate nearest to {@code ratePercent}, if one lies within {@link #SNAP_DISTANCE};
     * on a tie the lower rate wins.
     */
    public Optional<String> codeFor(BigDecimal ratePercent) {
        BigDecimal best = null;
        for (BigDecimal mapped : codes.keySet()) {
            BigDecimal distance = mapped.subtract(ratePercent).abs();
            if (distance.compareTo(SNAP_DISTANCE) <= 0
                    && (best == null || distance.compareTo(best.subtract(ratePercent).abs()) < 0)) {
                best = mapped;
            }
        }
        return Optional.ofNullable(best).map(codes::get);
    }

    /** The entries as {@code rate=code} strings, the form the configuration holds. */
    public List<String> toList() {
        List<String> list = new ArrayList<>();
        codes.forEach((rate, code) -> list.add(rate.toPlainString() + "=" + code));
        return list;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxCodeMap map && map.codes.equals(codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return String.join(", ", toList());
    }
}
