package org.puente.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Puente holds and where to go. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
