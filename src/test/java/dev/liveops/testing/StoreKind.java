package dev.liveops.testing;

/** The databases the store runs on; store tests run on each ({@code @EnumSource(StoreKind.class)}). */
public enum StoreKind {
    SQLITE,
    POSTGRESQL
}
