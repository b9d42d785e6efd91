/**
 * Person registry (personregister): persons identified by personnummer or samordningsnummer, name, address and the skyddad identitet flag. Owns the person table; other modules hold only person ids.
 */
package se.kasus.registry;
