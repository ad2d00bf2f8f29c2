package org.netcase.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Creates the empty top-level menus that plugin.xml menu contributions fill; everything in them
 * is a command, so Quick Access and key bindings see it too.
 */
final class NetcaseActionBarAdvisor extends ActionBarAdvisor {

	NetcaseActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(menu(Messages.menuFile, IWorkbenchActionConstants.M_FILE));
		menuBar.add(menu(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT));
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(menu(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW));
		menuBar.add(menu(Messages.menuHelp, IWorkbenchActionConstants.M_HELP));
	}

	private static MenuManager menu(String label, String id) {
		MenuManager menu = new MenuManager(label, id);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}
}
