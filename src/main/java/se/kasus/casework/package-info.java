/**
 * Case handling (handläggning) shared by every law: cases (ärenden), investigations (utredning), kommunicering, decision proposals and decisions (beslut och delgivning), orders to providers (verkställighet), follow-up (uppföljning), appeals (överklagande), journal and drafts. Domain state is written only when the process step that produces it completes.
 */
package se.kasus.casework;
