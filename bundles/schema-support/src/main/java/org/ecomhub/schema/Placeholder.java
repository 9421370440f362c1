package org.ecomhub.schema; final class Placeholder { private Placeholder() {} }
