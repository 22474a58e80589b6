package io.entente.sanction;

import org.eclipse.microprofile.graphql.Description;

/** A kind of restrictive measure. */
@Description("A kind of restrictive measure.")
public enum MeasureKind {
    ASSET_FREEZE,
    TRAVEL_BAN,
    ARMS_EMBARGO,
    @Description("Restrictions on whole economic sectors (e.g. oil technology, tourism services).")
    SECTORAL,
    @Description("Restrictions on access to capital markets and financial services.")
    FINANCIAL,
    @Description("Export bans, including dual-use goods.")
    EXPORT_CONTROL,
    IMPORT_BAN,
    INVESTMENT_BAN
}
