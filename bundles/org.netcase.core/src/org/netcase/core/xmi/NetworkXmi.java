package org.netcase.core.xmi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.model.Network;
import org.netcase.model.storage.DeferredValueLoader;
import org.xml.sax.SAXParseException;

/**
 * Exports and imports a whole network as XMI, for interchange and for backups outside Netcase.
 * References are written with the objects' intrinsic ids, so a round trip gives an equal network.
 * Loading uses EMF's options for large files and lifts the JDK's XML entity-size limits for its own
 * parser only: since Java 24 they reject the XMI of a large network.
 */
public final class NetworkXmi {

	private static final String JAXP_PROPERTIES = "http://www.oracle.com/xml/jaxp/properties/"; //$NON-NLS-1$
	private static final String UNLIMITED = "0"; //$NON-NLS-1$

	private NetworkXmi() {
	}

	/**
	 * Writes a copy of the network to {@code file}, replacing it only once the new file is complete.
	 * The network itself is not touched: it may stay open in a session.
	 */
	public static void exportNetwork(Network network, Path file, IProgressMonitor monitor) throws XmiException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Xmi_exporting, file), 10);
		Path writing = file.toAbsolutePath().resolveSibling(file.getFileName() + ".exporting"); //$NON-NLS-1$
		try {
			// Values a store left unread come in one query, not one per object as the copy asks for them.
			DeferredValueLoader.loadAll(network);
			// A copy, because an object lives in one resource at a time and the original is the session's.
			Network copy = EcoreUtil.copy(network);
			progress.split(2);
			XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(writing.toString()));
			resource.getContents().add(copy);
			resource.save(saveOptions());
			progress.split(7);
			Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			progress.split(1);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(writing);
			if (e instanceof OperationCanceledException canceled) {
				throw canceled;
			}
			throw new XmiException(NLS.bind(Messages.Xmi_exportFailed, file, e.getMessage()), e);
		}
	}

	/**
	 * Reads a network from {@code file}. The result is a new network, in no resource, ready to be
	 * stored or opened; nothing else is changed.
	 *
	 * @throws XmiException when the file cannot be read or is not a Netcase network; the message names
	 *                      the file and, for malformed XML, the line and column
	 */
	public static Network importNetwork(Path file, IProgressMonitor monitor) throws XmiException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Xmi_importing, file), 10);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		// Model objects carry intrinsic ids: the map lets deferred references resolve in constant time.
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			throw failure(file, e);
		}
		progress.split(9);
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Network network)) {
			throw new XmiException(NLS.bind(Messages.Xmi_noNetwork, file), null);
		}
		resource.getContents().clear();
		progress.split(1);
		return network;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		// Streams a large network to a temporary file instead of building the whole document in memory.
		options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		Map<String, Object> parserProperties = new HashMap<>();
		parserProperties.put(JAXP_PROPERTIES + "maxGeneralEntitySizeLimit", UNLIMITED); //$NON-NLS-1$
		parserProperties.put(JAXP_PROPERTIES + "totalEntitySizeLimit", UNLIMITED); //$NON-NLS-1$
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, parserProperties);
		return options;
	}

	private static XmiException failure(Path file, Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
				return malformed(file, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage(), e);
			}
			if (cause instanceof SAXParseException parse) {
				return malformed(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage(), e);
			}
		}
		return new XmiException(NLS.bind(Messages.Xmi_importFailed, file, e.getMessage()), e);
	}

	private static XmiException malformed(Path file, int line, int column, String what, Exception e) {
		return new XmiException(NLS.bind(Messages.Xmi_malformed, new Object[] { file, line, column, what }), e);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// Left behind under a name no one reads; the export failure is what the user must hear about.
		}
	}
}
