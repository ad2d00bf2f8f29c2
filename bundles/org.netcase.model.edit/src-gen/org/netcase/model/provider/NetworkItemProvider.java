/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;

/**
 * This is the item provider adapter for a {@link org.netcase.model.Network} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Network_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Network_name_feature", "_UI_Network_type"),
				 NetcasePackage.Literals.NETWORK__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__OWNER);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__CONTACTS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__ORGANIZATIONS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__INTERACTIONS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__OPPORTUNITIES);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__EXPERIMENTS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__GIVE_BACKS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__JOURNAL_ENTRIES);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__TEMPLATES);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__TAGS);
			childrenFeatures.add(NetcasePackage.Literals.NETWORK__FOLLOW_UPS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Network.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Network"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Network)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Network_type") :
			getString("_UI_Network_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Network.class)) {
			case NetcasePackage.NETWORK__NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NetcasePackage.NETWORK__OWNER:
			case NetcasePackage.NETWORK__CONTACTS:
			case NetcasePackage.NETWORK__ORGANIZATIONS:
			case NetcasePackage.NETWORK__INTERACTIONS:
			case NetcasePackage.NETWORK__OPPORTUNITIES:
			case NetcasePackage.NETWORK__EXPERIMENTS:
			case NetcasePackage.NETWORK__GIVE_BACKS:
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
			case NetcasePackage.NETWORK__TEMPLATES:
			case NetcasePackage.NETWORK__TAGS:
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__OWNER,
				 NetcaseFactory.eINSTANCE.createOwner()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__CONTACTS,
				 NetcaseFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__ORGANIZATIONS,
				 NetcaseFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__INTERACTIONS,
				 NetcaseFactory.eINSTANCE.createInteraction()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__OPPORTUNITIES,
				 NetcaseFactory.eINSTANCE.createOpportunity()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__EXPERIMENTS,
				 NetcaseFactory.eINSTANCE.createExperiment()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__GIVE_BACKS,
				 NetcaseFactory.eINSTANCE.createGiveBackEntry()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__JOURNAL_ENTRIES,
				 NetcaseFactory.eINSTANCE.createJournalEntry()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__TEMPLATES,
				 NetcaseFactory.eINSTANCE.createEmailTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__TAGS,
				 NetcaseFactory.eINSTANCE.createTag()));

		newChildDescriptors.add
			(createChildParameter
				(NetcasePackage.Literals.NETWORK__FOLLOW_UPS,
				 NetcaseFactory.eINSTANCE.createFollowUp()));
	}

}
