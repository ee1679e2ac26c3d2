//! Parser tests on sentences written for them: only unambiguous arcs are asserted.
