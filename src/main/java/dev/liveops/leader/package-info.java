/**
 * Leadership among the processes sharing one store: the port ({@link dev.liveops.leader.Leadership}) the store
 * implements, and the refusal of a deposed leader's late writes.
 */
package dev.liveops.leader;
