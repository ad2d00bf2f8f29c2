package org.netcase.ui.internal;
class Placeholder {}
