/** The UI shell: layout, navigation, error pages and problem details, languages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.puente.web;
