package org.netcase.model.internal.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the problems the rules find in one object; counts them even when nobody wants the details. */
public final class Issues {

    private final String source;
    private final DiagnosticChain diagnostics;
    private int count;

    public Issues(String source, DiagnosticChain diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    public boolean none() {
        return count == 0;
    }

    void error(int code, String message, EObject object, EStructuralFeature feature) {
        add(Diagnostic.ERROR, code, message, object, feature);
    }

    void warning(int code, String message, EObject object, EStructuralFeature feature) {
        add(Diagnostic.WARNING, code, message, object, feature);
    }

    private void add(int severity, int code, String message, EObject object, EStructuralFeature feature) {
        count++;
        if (diagnostics != null) {
            Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
            diagnostics.add(new BasicDiagnostic(severity, source, code, message, data));
        }
    }
}
