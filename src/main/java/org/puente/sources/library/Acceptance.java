package org.puente.sources.library;

import java.util.ArrayList;
import java.util.List;

/**
 * What a desk officer accepts from an article: the engagement (matched to a recorded one,
 * or new), and each proposed person, agreement, area and commitment, included or not,
 * with their edits. Lists follow the extraction's order: {@code people[i]} is the
 * extraction's i-th person, so each accepted record cites that person's passage. A
 * mutable bean, bound from the review form and from JSON alike.
 */
public class Acceptance {

	private String partnership;

	private EngagementChoice engagement = new EngagementChoice();

	private List<PersonChoice> people = new ArrayList<>();

	private List<AgreementChoice> agreements = new ArrayList<>();

	private List<AreaChoice> areas = new ArrayList<>();

	private List<CommitmentChoice> commitments = new ArrayList<>();

	public String getPartnership() {
		return partnership;
	}

	public void setPartnership(String partnership) {
		this.partnership = partnership;
	}

	public EngagementChoice getEngagement() {
		return engagement;
	}

	public void setEngagement(EngagementChoice engagement) {
		this.engagement = engagement;
	}

	public List<PersonChoice> getPeople() {
		return people;
	}

	public void setPeople(List<PersonChoice> people) {
		this.people = people;
	}

	public List<AgreementChoice> getAgreements() {
		return agreements;
	}

	public void setAgreements(List<AgreementChoice> agreements) {
		this.agreements = agreements;
	}

	public List<AreaChoice> getAreas() {
		return areas;
	}

	public void setAreas(List<AreaChoice> areas) {
		this.areas = areas;
	}

	public List<CommitmentChoice> getCommitments() {
		return commitments;
	}

	public void setCommitments(List<CommitmentChoice> commitments) {
		this.commitments = commitments;
	}

	/**
	 * The engagement: {@code match} is "new" or the id of a recorded engagement the
	 * article is attached to as a further source.
	 */
	public static class EngagementChoice {

		private String match;

		private String kind;

		private String title;

		private String startDate;

		private String endDate;

		private boolean approximate;

		private String placeCity;

		private String placeCountry;

		private String hostAgency;

		private String guestAgency;

		public String getMatch() {
			return match;
		}

		public void setMatch(String match) {
			this.match = match;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getStartDate() {
			return startDate;
		}

		public void setStartDate(String startDate) {
			this.startDate = startDate;
		}

		public String getEndDate() {
			return endDate;
		}

		public void setEndDate(String endDate) {
			this.endDate = endDate;
		}

		public boolean isApproximate() {
			return approximate;
		}

		public void setApproximate(boolean approximate) {
			this.approximate = approximate;
		}

		public String getPlaceCity() {
			return placeCity;
		}

		public void setPlaceCity(String placeCity) {
			this.placeCity = placeCity;
		}

		public String getPlaceCountry() {
			return placeCountry;
		}

		public void setPlaceCountry(String placeCountry) {
			this.placeCountry = placeCountry;
		}

		public String getHostAgency() {
			return hostAgency;
		}

		public void setHostAgency(String hostAgency) {
			this.hostAgency = hostAgency;
		}

		public String getGuestAgency() {
			return guestAgency;
		}

		public void setGuestAgency(String guestAgency) {
			this.guestAgency = guestAgency;
		}

	}

	/**
	 * A person: {@code match} is a directory person's id or "new"; rank and position as
	 * accepted (a difference from the directory becomes a sourced claim).
	 */
	public static class PersonChoice {

		private boolean include;

		private String match;

		private String name;

		private String country;

		private String side;

		private String role;

		private String rank;

		private String position;

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getMatch() {
			return match;
		}

		public void setMatch(String match) {
			this.match = match;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCountry() {
			return country;
		}

		public void setCountry(String country) {
			this.country = country;
		}

		public String getSide() {
			return side;
		}

		public void setSide(String side) {
			this.side = side;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getRank() {
			return rank;
		}

		public void setRank(String rank) {
			this.rank = rank;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

	}

	/**
	 * An agreement: {@code match} is a recorded agreement's id or "new"; action SIGNED,
	 * REVIEWED or REFERRED.
	 */
	public static class AgreementChoice {

		private boolean include;

		private String match;

		private String title;

		private String action;

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getMatch() {
			return match;
		}

		public void setMatch(String match) {
			this.match = match;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

	}

	/** A cooperation area of the taxonomy, by code. */
	public static class AreaChoice {

		private boolean include;

		private String code;

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	/**
	 * A commitment: agreed by both sides, or only proposed by one ({@code proposedBy}, an
	 * agency code).
	 */
	public static class CommitmentChoice {

		private boolean include;

		private String text;

		private boolean agreed;

		private String proposedBy;

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isAgreed() {
			return agreed;
		}

		public void setAgreed(boolean agreed) {
			this.agreed = agreed;
		}

		public String getProposedBy() {
			return proposedBy;
		}

		public void setProposedBy(String proposedBy) {
			this.proposedBy = proposedBy;
		}

	}

}
