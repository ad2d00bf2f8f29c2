package org.netcase.ui.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** One finding of the model's validator: how bad, what to do, and which object and field it is about. */
record Problem(int severity, String message, EObject object, EStructuralFeature feature) {

	/** The findings of a validation run, most severe first, in the order the validator found them. */
	static List<Problem> from(Diagnostic diagnostic) {
		List<Problem> problems = new ArrayList<>();
		collect(diagnostic, problems);
		problems.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
			List<?> data = diagnostic.getData();
			EObject object = data.size() > 0 && data.get(0) instanceof EObject eObject ? eObject : null;
			EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
			problems.add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage(), object, feature));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}
}
