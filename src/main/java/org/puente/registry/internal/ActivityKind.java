package org.puente.registry.internal;

/** What an activity that carries out commitments is. */
public enum ActivityKind {

	TRAINING, EXPERT_EXCHANGE, DONATION, JOINT_PROJECT, JOINT_OPERATION

}
