package org.borderwatch.core.fact;

/**
 * Who stands behind a fact. Re-extraction replaces {@link #MACHINE} facts only; facts an analyst
 * entered or corrected are never overwritten by a machine.
 */
public enum FactOrigin {
    /** Produced by an extractor; replaced when the document is extracted again. */
    MACHINE,
    /** Entered by an analyst. */
    HUMAN,
    /** Machine-extracted, then edited or confirmed by an analyst: owned by the analyst from then on. */
    CORRECTED;

    public boolean replaceableByMachine() {
        return this == MACHINE;
    }
}
