package dev.liveops.access;

/** Where a command came from. */
public enum Platform { CONSOLE, DISCORD, SLACK }
